package chat.k1te.local.http;

/** One HTTP header line, the name as the client spelled it. */
public record Header(String name, String value) {}
