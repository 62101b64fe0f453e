package com.alluressories.caredesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.claim.ClaimProblem;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.receipt.ImportProblem;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ticket.TicketState;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string in both languages, and no key left behind (after JabRef's LocalizationConsistencyTest). */
class LocalizationTest {
    private static final Path EN = Path.of("src/main/resources/i18n/messages.properties");
    private static final Path ZH = Path.of("src/main/resources/i18n/messages_zh_HK.properties");
    /**
     * Keys the code builds from an enum: {@code prefix + value}. Every value must have its key in
     * both languages, and no key under the prefix may name a value that does not exist — so a new
     * value cannot ship unlabelled and a removed one leaves nothing behind.
     */
    private static final Map<String, List<String>> ENUM_KEYS = Map.ofEntries(
            Map.entry("verdict.", names(Verdict.values())),
            Map.entry("metal.", Arrays.stream(Metal.values()).map(Metal::code).toList()),
            Map.entry("stone.", Arrays.stream(Stone.values()).map(Stone::code).toList()),
            Map.entry("outcome.", names(Outcome.values())),
            Map.entry("print.outcome.", names(Outcome.values())),
            Map.entry("state.", names(TicketState.values())),
            Map.entry("tickets.action.", names(TicketAction.values())),
            Map.entry("tickets.paper.", names(Paper.forTickets().toArray(Paper[]::new))),
            Map.entry("import.problem.", names(ImportProblem.Kind.values())),
            Map.entry("audit.action.", names(AuditAction.values())),
            // NONE is an intact chain: nothing to word
            Map.entry("audit.problem.", Arrays.stream(AuditCheck.Kind.values())
                    .filter(k -> k != AuditCheck.Kind.NONE).map(Enum::name).toList()),
            Map.entry("permission.", names(Permission.values())),
            Map.entry("role.", names(Role.values())),
            Map.entry("reports.period.", names(com.alluressories.caredesk.ui.reports.ReportPeriod.values())),
            Map.entry("notice.template.", names(com.alluressories.caredesk.notice.NoticeKind.values())),
            Map.entry("notice.kind.", names(com.alluressories.caredesk.notice.NoticeKind.values())),
            Map.entry("notice.way.", names(com.alluressories.caredesk.notice.NoticeWay.values())),
            Map.entry("notices.kind.", names(com.alluressories.caredesk.notice.NoticeKind.values())),
            Map.entry("notices.way.", names(com.alluressories.caredesk.notice.NoticeWay.values())),
            Map.entry("notices.stage.", names(com.alluressories.caredesk.notice.DisposalTimeline.Stage.values())),
            Map.entry("notices.dispute.about.", names(com.alluressories.caredesk.notice.NoticeService.DisputeAbout.values())),
            Map.entry("notices.language.", List.of("en", "zh")),
            Map.entry("letter.subject.", names(com.alluressories.caredesk.notice.NoticeKind.values())),
            Map.entry("custody.piece.", names(com.alluressories.caredesk.custody.Dispatch.Status.values())),
            Map.entry("custody.where.", names(com.alluressories.caredesk.ui.custody.HandOversViewModel.Where.values())),
            Map.entry("print.access.step.", List.of(com.alluressories.caredesk.ticket.TicketHistory.COLLECT_AT,
                    com.alluressories.caredesk.ticket.TicketHistory.DISPATCH, com.alluressories.caredesk.ticket.TicketHistory.RECEIVE,
                    com.alluressories.caredesk.ticket.TicketHistory.TAKEN_OUT,
                    com.alluressories.caredesk.ticket.TicketHistory.MISSING,
                    com.alluressories.caredesk.ticket.TicketHistory.MISSING_RESOLVED)),
            Map.entry("tickets.step.", List.of(com.alluressories.caredesk.ticket.TicketHistory.COLLECT_AT,
                    com.alluressories.caredesk.ticket.TicketHistory.DISPATCH, com.alluressories.caredesk.ticket.TicketHistory.RECEIVE,
                    com.alluressories.caredesk.ticket.TicketHistory.TAKEN_OUT,
                    com.alluressories.caredesk.ticket.TicketHistory.MISSING,
                    com.alluressories.caredesk.ticket.TicketHistory.MISSING_RESOLVED)),
            Map.entry("place.", List.of(com.alluressories.caredesk.ticket.Custody.WORKSHOP,
                    com.alluressories.caredesk.ticket.Custody.IN_TRANSIT, com.alluressories.caredesk.ticket.Custody.COLLECTED)));
    /**
     * Keys built as {@code prefix + field + "." + problem}: the problem part must be a value of the
     * feature's problem enum (the fields are the form's own).
     */
    private static final Map<String, List<String>> FIELD_PROBLEM_KEYS = Map.of(
            "claim.error.", Arrays.stream(ClaimProblem.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList(),
            "setup.error.", Arrays.stream(com.alluressories.caredesk.shop.ShopProfile.Problem.values())
                    .map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    /** An audit entry's stored record kinds, field names and codes, worded for the screen by AuditWords. */
    private static final List<String> STORED_WORD_PREFIXES = List.of("audit.record.", "audit.field.", "audit.value.");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> en = load(EN).stringPropertyNames();
        Set<String> zh = load(ZH).stringPropertyNames();
        assertThat(new TreeSet<>(zh)).as("keys in %s", ZH).isEqualTo(new TreeSet<>(en));
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (Path file : List.of(EN, ZH)) {
            Properties props = load(file);
            assertThat(props.stringPropertyNames().stream().filter(k -> props.getProperty(k).isBlank()))
                    .as("empty texts in %s", file).isEmpty();
        }
    }

    @Test
    void theChineseFileIsReallyChinese() throws IOException {
        Properties zh = load(ZH);
        assertThat(zh.getProperty("nav.lookup")).isEqualTo("查找收據");
    }

    @Test
    void everyKeyUsedInCodeOrFxmlExists() throws IOException {
        Set<String> keys = load(EN).stringPropertyNames();
        Set<String> missing = usedKeys().stream().filter(k -> !keys.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("keys used but missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        Set<String> used = usedKeys();
        Set<String> unused = load(EN).stringPropertyNames().stream()
                .filter(k -> !used.contains(k))
                .filter(k -> ENUM_KEYS.keySet().stream().noneMatch(k::startsWith))
                .filter(k -> FIELD_PROBLEM_KEYS.keySet().stream().noneMatch(k::startsWith))
                .filter(k -> STORED_WORD_PREFIXES.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys no code or FXML uses").isEmpty();
    }

    @Test
    void everyEnumValueThatBuildsAKeyHasItAndNoKeyNamesAValueThatIsGone() throws IOException {
        for (Path file : List.of(EN, ZH)) {
            Set<String> keys = load(file).stringPropertyNames();
            ENUM_KEYS.forEach((prefix, values) -> {
                Set<String> expected = values.stream().map(v -> prefix + v).collect(Collectors.toCollection(TreeSet::new));
                Set<String> present = keys.stream().filter(k -> k.startsWith(prefix))
                        .filter(k -> ENUM_KEYS.keySet().stream().noneMatch(other -> other.length() > prefix.length()
                                && other.startsWith(prefix) && k.startsWith(other)))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(present).as("keys %s* in %s", prefix, file.getFileName()).isEqualTo(expected);
            });
        }
    }

    @Test
    void everyFieldProblemKeyEndsInAProblemThatExists() throws IOException {
        Set<String> keys = load(EN).stringPropertyNames();
        FIELD_PROBLEM_KEYS.forEach((prefix, problems) -> {
            List<String> built = keys.stream().filter(k -> k.startsWith(prefix)).toList();
            assertThat(built).as("keys %s*", prefix).isNotEmpty();
            assertThat(built).as("keys %s* end in one of %s", prefix, problems)
                    .allSatisfy(k -> assertThat(problems).contains(k.substring(k.lastIndexOf('.') + 1)));
        });
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern fxmlKey = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
        Pattern javaKey = Pattern.compile("\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
        Set<String> known = load(EN).stringPropertyNames();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".fxml")) {
                    collect(fxmlKey, Files.readString(file), used, null);
                } else if (name.endsWith(".java")) {
                    collect(javaKey, Files.readString(file), used, known);
                }
            }
        }
        return used;
    }

    /** In Java, a dotted string literal counts as a key if it is one or looks like one in the ui package. */
    private static void collect(Pattern pattern, String text, Set<String> into, Set<String> known) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String key = m.group(1);
            if (known == null || known.contains(key) || looksLikeMessageKey(key)) {
                into.add(key);
            }
        }
    }

    private static boolean looksLikeMessageKey(String key) {
        return Stream.of("app.", "nav.", "lookup.", "claim.", "tickets.", "setup.", "status.", "error.", "common.",
                "shell.", "language.", "import.", "badge.", "claim.", "print.", "ticket.").anyMatch(key::startsWith) && !key.endsWith(".");
    }

    /** Every literal key asked of the bundles in the code ({@code i18n.get("…")}, {@code getString("…")}) is in them. */
    @Test
    void everyKeyAskedForInTheCodeExists() throws IOException {
        Set<String> keys = load(EN).stringPropertyNames();
        Pattern asked = Pattern.compile("(?:\\bget|getString)\\(\\s*\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/alluressories/caredesk"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = asked.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys the code asks for that the bundles lack").isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }
}
