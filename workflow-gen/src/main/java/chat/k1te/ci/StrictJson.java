package chat.k1te.ci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way the CI commands read JSON from outside (plan files, GitHub and AWS answers, build
 * records): a size limit first, then a streaming pass that refuses nesting deeper than {@link
 * #MAX_DEPTH} and anything after the first value, then the tree. Refusals are {@link
 * CiException#invalidInput} (exit 2) naming the source — never a stack overflow.
 */
public final class StrictJson {
  public static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private StrictJson() {}

  /** Parses {@code text}, which {@code source} names in errors (e.g. "--plan-json plan.json"). */
  public static JsonNode parse(String source, String text, int maxChars) {
    if (text == null || text.isBlank()) {
      throw CiException.invalidInput(source + " is empty, expected one JSON value");
    }
    if (text.length() > maxChars) {
      throw CiException.invalidInput(
          source + " is larger than " + maxChars + " characters; refusing to parse it");
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      int depth = 0;
      boolean complete = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (complete) {
          throw CiException.invalidInput(
              source
                  + " has content after its JSON value (line "
                  + parser.getTokenLocation().getLineNr()
                  + ")");
        }
        if (token.isStructStart() && ++depth > MAX_DEPTH) {
          throw CiException.invalidInput(
              source + " is nested deeper than " + MAX_DEPTH + " levels; refusing to parse it");
        }
        if (token.isStructEnd()) {
          depth--;
        }
        complete = depth == 0;
      }
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw CiException.invalidInput(
          source + " is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
  }

  /** Parses a file of at most {@code maxBytes}. */
  public static JsonNode parse(String source, Path file, long maxBytes) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw CiException.invalidInput(
            source + " is larger than " + maxBytes + " bytes; refusing to parse it");
      }
      return parse(source, Files.readString(file, StandardCharsets.UTF_8), (int) maxBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
  }
}
