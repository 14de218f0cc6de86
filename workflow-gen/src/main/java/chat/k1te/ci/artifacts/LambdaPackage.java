package chat.k1te.ci.artifacts;

import chat.k1te.ci.CiException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A Lambda package on disk: checked to be a non-empty zip, with its size and SHA-256. */
record LambdaPackage(Path file, long size, String sha256) {

  static LambdaPackage read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw CiException.invalidInput("--zip " + file + " does not exist or is not a file");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() == 0) {
        throw CiException.invalidInput("--zip " + file + " is an empty zip archive");
      }
    } catch (ZipException e) {
      throw CiException.invalidInput(
          "--zip " + file + " is not a zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read --zip " + file, e);
    }
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      String hex = HexFormat.of().formatHex(in.getMessageDigest().digest());
      return new LambdaPackage(file, Files.size(file), hex);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read --zip " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
