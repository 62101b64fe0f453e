package com.alluressories.caredesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A command run in this JVM on a data folder (no child process): its exit code and what it printed. */
record InProcess(int code, String out, String err) {
    static InProcess run(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = CareDeskCommand.run(options -> 0, all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new InProcess(code, out.toString(), err.toString());
    }
}
