package chat.k1te.workflows.model;

import java.util.List;

/** {@code on: schedule} with one or more POSIX cron expressions, evaluated in UTC. */
public record Schedule(List<String> crons) implements Trigger {
  public Schedule {
    crons = List.copyOf(crons);
    if (crons.isEmpty()) {
      throw new IllegalArgumentException("Schedule needs at least one cron expression");
    }
    for (String cron : crons) {
      if (cron.trim().split("\\s+").length != 5) {
        throw new IllegalArgumentException(
            "Cron expression must have 5 fields (minute hour day month weekday), got '"
                + cron
                + "'");
      }
    }
  }

  public static Schedule cron(String cron) {
    return new Schedule(List.of(cron));
  }

  @Override
  public String event() {
    return "schedule";
  }
}
