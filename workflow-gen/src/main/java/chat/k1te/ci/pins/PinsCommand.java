package chat.k1te.ci.pins;

import chat.k1te.ci.CiCommand;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import chat.k1te.ci.github.GithubApi;
import chat.k1te.ci.github.GithubIssues;
import chat.k1te.ci.github.TrackedIssue;
import chat.k1te.workflows.actions.ActionPins;
import chat.k1te.workflows.model.ActionRef;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kite-ci pins}: the pinned actions, and with a token whether they are current. */
@Command(
    name = "pins",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists every third-party action the generated workflows pin (repository, release, commit).",
      "With GITHUB_TOKEN it asks GitHub for each action's releases and the commit of each tag:"
          + " the pinned SHA must be the commit of the pinned tag (a mismatch is a finding), and"
          + " a newer release in the pinned major or in a newer major makes the pin stale. The"
          + " findings go to stdout and $GITHUB_STEP_SUMMARY; with --issue one GitHub issue"
          + " '"
          + PinsCommand.ISSUE_TITLE
          + "' (label '"
          + PinsCommand.LABEL
          + "') lists them: opened, updated, closed when all pins are current.",
      "Environment: GITHUB_TOKEN (contents: read; issues: write for --issue), GITHUB_REPOSITORY"
          + " (for --issue, unless --repository), GITHUB_API_URL (default https://api.github.com)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed (no token), or every pin is current and verified",
      "1:a pin is stale or its SHA is not its tag's commit",
      "2:invalid input (--issue without a token or repository)",
      "3:GitHub refused or could not answer a call",
      "4:internal error"
    })
public final class PinsCommand extends CiCommand {
  static final String ISSUE_TITLE = "Action pins are out of date";
  static final String LABEL = "pins";
  private static final TrackedIssue.Label ISSUE_LABEL =
      new TrackedIssue.Label(LABEL, "fbca04", "A pinned GitHub Action has a newer release");

  @Option(names = "--issue", description = "Keep the '" + ISSUE_TITLE + "' issue up to date.")
  boolean issue;

  @Option(
      names = "--repository",
      paramLabel = "owner/name",
      description = "Repository of the issue (default: $GITHUB_REPOSITORY).")
  String repository;

  private final List<ActionRef.Pinned> pins;

  public PinsCommand() {
    this(CiEnvironment.system());
  }

  public PinsCommand(CiEnvironment environment) {
    this(environment, ActionPins.all());
  }

  PinsCommand(CiEnvironment environment, List<ActionRef.Pinned> pins) {
    super(environment);
    this.pins = List.copyOf(pins);
  }

  @Override
  protected int run(PrintWriter out, PrintWriter err) {
    Optional<String> token = environment.get("GITHUB_TOKEN").filter(t -> !t.isBlank());
    if (token.isEmpty()) {
      if (issue) {
        throw CiException.invalidInput("--issue needs GITHUB_TOKEN");
      }
      pins.forEach(p -> out.println(p.repository() + " " + p.version() + " " + p.sha()));
      out.println("(no GITHUB_TOKEN: listed only; with a token the releases and SHAs are checked)");
      return ExitCode.OK;
    }
    URI base = URI.create(environment.get("GITHUB_API_URL").orElse("https://api.github.com"));
    GithubApi api = new GithubApi(base, token.get());
    Optional<TrackedIssue> tracked = issue ? Optional.of(tracked(api, out)) : Optional.empty();
    ActionReleases releases = new ActionReleases(api);
    List<PinCheck> checks = new ArrayList<>();
    for (ActionRef.Pinned pin : pins) {
      PinCheck check = check(releases, pin);
      checks.add(check);
      out.println(line(check));
    }
    boolean findings = checks.stream().anyMatch(c -> c.stale() || c.mismatch());
    String markdown = PinsMarkdown.render(checks);
    environment.stepSummary().ifPresent(s -> s.append(markdown));
    if (findings) {
      tracked.ifPresent(t -> t.report(markdown));
      err.println("✘ " + ISSUE_TITLE);
      return ExitCode.FAILURE;
    }
    tracked.ifPresent(
        t ->
            t.resolve(
                "Every pinned action is the newest release and its SHA is the tag's commit"
                    + environment.runUrl().map(url -> " ([this run](" + url + "))").orElse("")
                    + ". Closing."));
    out.println("✔ every pin is current and verified");
    return ExitCode.OK;
  }

  private static PinCheck check(ActionReleases lookup, ActionRef.Pinned pin) {
    String repo = PinCheck.repositoryOf(pin);
    Release pinned =
        Release.parse(pin.version())
            .orElseThrow(() -> new IllegalArgumentException("unversioned pin " + pin));
    List<Release> all = lookup.releases(repo);
    Optional<Release> sameMajor =
        all.stream()
            .filter(r -> r.major() == pinned.major() && r.compareTo(pinned) > 0)
            .max(Comparator.naturalOrder());
    Optional<Release> newerMajor =
        all.stream().filter(r -> r.major() > pinned.major()).max(Comparator.naturalOrder());
    return new PinCheck(
        pin,
        lookup.tagCommit(repo, pin.version()),
        sameMajor.map(r -> new PinCheck.Upgrade(r.tag(), lookup.tagCommit(repo, r.tag()))),
        newerMajor.map(r -> new PinCheck.Upgrade(r.tag(), lookup.tagCommit(repo, r.tag()))));
  }

  private static String line(PinCheck check) {
    StringBuilder line =
        new StringBuilder(check.pin().repository() + " " + check.pin().version() + ": ");
    line.append(
        check.mismatch()
            ? "SHA MISMATCH (pinned "
                + check.pin().sha()
                + ", tag points at "
                + check.tagCommit()
                + ")"
            : "SHA verified");
    check
        .sameMajor()
        .ifPresent(u -> line.append("; newer ").append(u.tag()).append(' ').append(u.sha()));
    check
        .newerMajor()
        .ifPresent(u -> line.append("; newer major ").append(u.tag()).append(' ').append(u.sha()));
    if (!check.stale()) {
      line.append("; current");
    }
    return line.toString();
  }

  private TrackedIssue tracked(GithubApi api, PrintWriter out) {
    String repo =
        Optional.ofNullable(repository)
            .or(() -> environment.get("GITHUB_REPOSITORY"))
            .orElseThrow(
                () ->
                    CiException.invalidInput(
                        "--issue needs a repository: pass --repository or set GITHUB_REPOSITORY"));
    if (!repo.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
      throw CiException.invalidInput("repository must be owner/name, got '" + repo + "'");
    }
    return new TrackedIssue(new GithubIssues(api, repo), ISSUE_TITLE, ISSUE_LABEL, out);
  }
}
