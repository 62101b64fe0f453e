package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.CareDesk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code main} in a child JVM, as a shop's script would: exit code, stdout, stderr. */
final class MainProcess {
    record Result(int exitCode, String out, String err) {
    }

    private MainProcess() {
    }

    static Result run(String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(List.of(), stdin, env, args);
    }

    /** The window itself, headless on Monocle as the TestFX tests run it. */
    static Result runWindow(String... args) throws IOException, InterruptedException {
        return run(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true"), null, Map.of(), args);
    }

    static Result run(List<String> jvmOptions, String stdin, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        // A POSIX locale, as on a bare server: output must still be UTF-8.
        command.add("-Dfile.encoding=ANSI_X3.4-1968");
        command.add(CareDesk.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CAREDESK_HOME");
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("caredesk " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
