package dev.mcpkit.maven.core.process;

import java.time.Duration;

/**
 * When an answer is due, on {@link System#nanoTime()}, and the budget it came from (for messages: "within 60 s").
 *
 * @param nanos  the {@link System#nanoTime()} the answer is due by
 * @param budget the time allowed when the deadline was set
 */
public record Deadline(long nanos, Duration budget) {

    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    public long seconds() {
        return budget.toSeconds();
    }

    /** The earlier of this deadline and one {@code budget} from now. */
    public Deadline within(Duration budget) {
        Deadline sooner = after(budget);
        return sooner.nanos - nanos < 0 ? sooner : this;
    }
}
