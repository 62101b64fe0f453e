package com.alluressories.caredesk.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long {@code evaluate} takes for 100,000 lines, through the real executable jar, as a shop's
 * script would run it. Not part of {@code mvn -B verify}; run with
 * {@code mvn -B package -DskipTests && mvn -B test -Dexcluded.groups= -Dgroups=benchmark -Dtest=EvaluateBenchmark}.
 */
@Tag("benchmark")
class EvaluateBenchmark {
    private static final String[] METALS = {"18K_GOLD", "14K_GOLD", "SILVER", "PLATED", "STAINLESS_STEEL", "OTHER"};
    private static final String[] STONES = {"DIAMOND", "NATURAL_GEMSTONE", "PEARL", "SYNTHETIC_STONE"};
    private static final String[] FINDINGS = {"MANUFACTURING_DEFECT", "WORN_PRONG", "WORN_CHAIN", "GENERAL_WEAR",
        "CHEMICAL_EXPOSURE", "POLISH_SOAK", "NO_MAINTENANCE", "PHYSICAL_DAMAGE", "TARNISH", "STONE_LOST",
        "NATURAL_STONE_FLAW"};

    @Test
    void evaluateHundredThousandLines() throws Exception {
        Path jar = Path.of("target/caredesk.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first: mvn -B package -DskipTests");
        }
        Path input = Files.createTempFile("evaluate-100k", ".jsonl");
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                StringBuilder stones = new StringBuilder();
                StringBuilder findings = new StringBuilder();
                for (int s = random.nextInt(3); s > 0; s--) {
                    stones.append(stones.length() > 0 ? "," : "").append('"').append(STONES[random.nextInt(4)]).append('"');
                }
                for (int f = random.nextInt(4); f > 0; f--) {
                    findings.append(findings.length() > 0 ? "," : "").append('"')
                            .append(FINDINGS[random.nextInt(FINDINGS.length)]).append('"');
                }
                int list = 100 + random.nextInt(20_000);
                int paid = list - random.nextInt(list / 2 + 1);
                out.write("{\"id\":\"r" + i + "\",\"metal\":\"" + METALS[random.nextInt(6)] + "\",\"stones\":[" + stones
                        + "],\"purchaseDate\":\"2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + "\",\"claimDate\":\"2026-11-27\",\"listPrice\":" + list + ",\"paidPrice\":\"" + paid
                        + ".50\",\"findings\":[" + findings + "]}\n");
            }
        }
        List<Long> runs = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            Path output = Files.createTempFile("evaluate-out", ".jsonl");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "evaluate")
                    .redirectInput(input.toFile()).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int code = process.waitFor();
            long ms = (System.nanoTime() - start) / 1_000_000;
            long lines = Files.lines(output).count();
            if (lines != 100_000) {
                throw new IllegalStateException("expected 100000 answers, got " + lines + " (exit " + code + ")");
            }
            runs.add(ms);
            Files.delete(output);
        }
        runs.sort(null);
        System.out.printf("evaluate, 100,000 lines through java -jar: runs %s ms, median %d ms (%.0f lines/s)%n",
                runs, runs.get(2), 100_000 * 1000.0 / runs.get(2));
        Files.delete(input);
    }
}
