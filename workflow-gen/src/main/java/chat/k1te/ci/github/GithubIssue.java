package chat.k1te.ci.github;

/** The fields of a GitHub issue the CI commands use. */
public record GithubIssue(int number, String title, String url) {}
