package chat.k1te.local.telegram;

/** A file the stand-in holds: sent by the bot or uploaded by an operator. */
public record TgFile(
    String fileId,
    String fileUniqueId,
    String fileName,
    String mimeType,
    byte[] content,
    String filePath,
    int width,
    int height) {}
