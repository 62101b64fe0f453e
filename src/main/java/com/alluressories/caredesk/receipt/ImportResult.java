package com.alluressories.caredesk.receipt;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. When {@link #problems()} is not empty the file was rejected and nothing was
 * stored; {@code problemCount} counts every problem, {@code problems} holds the first ones.
 */
public record ImportResult(long receiptsAdded, long linesAdded, long receiptsSkipped, long linesSkipped,
                           List<ImportProblem> problems, long problemCount, boolean cancelled, Duration took) {
    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty() && !cancelled;
    }

    public boolean nothingNew() {
        return accepted() && receiptsAdded == 0 && linesAdded == 0;
    }
}
