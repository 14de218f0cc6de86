package chat.k1te.workflows.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow file under {@code .github/workflows/}. The top-level permissions are always {@code
 * {}}: there is no field for them, so every job lists exactly what it needs.
 */
public record Workflow(
    String fileName,
    String name,
    List<Trigger> on,
    Optional<Concurrency> concurrency,
    List<Job> jobs) {
  public Workflow {
    if (fileName == null || !fileName.matches("[a-z0-9][a-z0-9-]*\\.yml")) {
      throw new IllegalArgumentException(
          "Workflow file name must be like 'deploy-dev.yml', got '" + fileName + "'");
    }
    on = List.copyOf(on);
    jobs = List.copyOf(jobs);
    if (on.isEmpty() || jobs.isEmpty()) {
      throw new IllegalArgumentException("Workflow " + fileName + " needs triggers and jobs");
    }
    Names.requireUnique("trigger in " + fileName, on.stream().map(Trigger::event));
    Set<String> earlier = new HashSet<>();
    for (Job job : jobs) {
      for (String need : job.needs()) {
        if (!earlier.contains(need)) {
          throw new IllegalArgumentException(
              "Job '"
                  + job.id()
                  + "' of "
                  + fileName
                  + " needs '"
                  + need
                  + "', which is not an earlier job");
        }
      }
      if (!earlier.add(job.id())) {
        throw new IllegalArgumentException("Duplicate job '" + job.id() + "' in " + fileName);
      }
    }
  }

  public <T extends Trigger> Optional<T> trigger(Class<T> type) {
    return on.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  public Optional<Job> job(String id) {
    return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
  }
}
