package chat.k1te.e2e.telegram.standin;

/** A person writing in the stand-in (Telegram user id and first name). */
public record StandInUser(long id, String firstName) {}
