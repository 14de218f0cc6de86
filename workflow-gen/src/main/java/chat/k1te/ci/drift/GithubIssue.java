package chat.k1te.ci.drift;

/** The fields of a GitHub issue the drift report uses. */
record GithubIssue(int number, String title, String url) {}
