package chat.k1te.serverless.packaging.aot;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the jvm-aot package as Lambda unpacks it: files with their POSIX permissions. */
public final class AotZip {
  private AotZip() {}

  /** Unpacks the zip into {@code task}, keeping each entry's permissions. */
  public static Path unpack(Path zip, Path task) throws IOException {
    try (FileSystem fs = open(zip);
        Stream<Path> entries = Files.walk(fs.getPath("/"))) {
      for (Path entry : entries.toList()) {
        Path target = task.resolve(fs.getPath("/").relativize(entry).toString()).normalize();
        if (!target.startsWith(task)) {
          throw new IOException("zip entry escapes the task folder: " + entry);
        }
        if (Files.isDirectory(entry)) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.copy(entry, target);
        Files.setPosixFilePermissions(
            target,
            Files.getFileAttributeView(entry, PosixFileAttributeView.class)
                .readAttributes()
                .permissions());
      }
    }
    return task;
  }

  /** The names of every file in the zip. */
  public static List<String> files(Path zip) throws IOException {
    try (FileSystem fs = open(zip);
        Stream<Path> entries = Files.walk(fs.getPath("/"))) {
      return entries
          .filter(Files::isRegularFile)
          .map(p -> fs.getPath("/").relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  static FileSystem open(Path zip) throws IOException {
    return FileSystems.newFileSystem(
        URI.create("jar:" + zip.toAbsolutePath().toUri()),
        Map.of("enablePosixFileAttributes", "true"));
  }
}
