package chat.k1te.serverless.domain;

/** The key of a member. */
public record MemberRef(String channelName, String memberId) {}
