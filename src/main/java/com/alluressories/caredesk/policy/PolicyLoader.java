package com.alluressories.caredesk.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads a policy file: a UTF-8 {@code .properties} file (see {@code policy/alluressories-hk.properties}).
 * Properties rather than JSON keep {@code policy} free of any library, and the file stays easy to
 * edit and diff. Every problem names the file and the key.
 */
public final class PolicyLoader {
    public static final String BUNDLED = "/policy/alluressories-hk.properties";

    private PolicyLoader() {
    }

    /** The Alluressories Hong Kong policy bundled with the app. */
    public static Policy bundled() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new PolicyException("The bundled policy " + BUNDLED + " is missing from the application.");
            }
            return load(in, BUNDLED);
        } catch (IOException e) {
            throw new PolicyException("Cannot read the bundled policy " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    public static Policy load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new PolicyException("Cannot read the policy file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Policy load(InputStream in, String source) {
        Properties props = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            props.load(reader);
        } catch (CharacterCodingException e) {
            throw new PolicyException(source + ": the policy file is not valid UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new PolicyException(source + ": cannot read the policy file: " + e.getMessage(), e);
        }
        return new Parser(props, source).parse();
    }

    private static final class Parser {
        private final Properties props;
        private final String source;

        Parser(Properties props, String source) {
            this.props = props;
            this.source = source;
        }

        Policy parse() {
            String id = required("policy.id");
            String version = required("policy.version");
            int standard = months("warranty.standard.months");
            int extended = months("warranty.extended.months");
            Set<Metal> metals = EnumSet.noneOf(Metal.class);
            for (String code : list("warranty.extended.metals")) {
                metals.add(Metal.fromCode(code).orElseThrow(() -> fail("warranty.extended.metals", "unknown metal " + code)));
            }
            Set<Stone> stones = stones("warranty.extended.stones");
            BigDecimal discount = discount("final-sale.discount");

            Map<String, Clause> clauses = new HashMap<>();
            for (String clauseId : list("clauses")) {
                clauses.put(clauseId, new Clause(clauseId, bilingual("clause." + clauseId + ".title"),
                        bilingual("clause." + clauseId + ".text")));
            }
            for (String required : Policy.REQUIRED_CLAUSES) {
                if (!clauses.containsKey(required)) {
                    throw fail("clauses", "the clause " + required + " is required");
                }
            }

            Map<String, FindingRule> findings = new LinkedHashMap<>();
            List<FindingGroup> groups = new ArrayList<>();
            for (String groupId : list("groups")) {
                List<FindingRule> rules = new ArrayList<>();
                for (String code : list("group." + groupId + ".findings")) {
                    String prefix = "finding." + code;
                    Optional<String> flag = Optional.ofNullable(props.getProperty(prefix + ".flag")).map(String::trim)
                            .filter(s -> !s.isEmpty());
                    if (flag.isPresent() && !clauses.containsKey(flag.get())) {
                        throw fail(prefix + ".flag", "no clause " + flag.get() + " in 'clauses'");
                    }
                    boolean covered = Boolean.parseBoolean(props.getProperty(prefix + ".covered", "false").trim());
                    FindingRule rule = new FindingRule(code, groupId, bilingual(prefix + ".label"),
                            bilingual(prefix + ".hint"), covered, flag, stones(prefix + ".only-with-stones"),
                            props.containsKey(prefix + ".why.en") ? Optional.of(bilingual(prefix + ".why"))
                                    : Optional.empty());
                    if (findings.put(code, rule) != null) {
                        throw fail("group." + groupId + ".findings", "the finding " + code + " is listed twice");
                    }
                    rules.add(rule);
                }
                groups.add(new FindingGroup(groupId, bilingual("group." + groupId + ".label"), rules));
            }
            List<Clause> terms = new ArrayList<>();
            for (String termId : list("terms")) {
                terms.add(new Clause(termId, bilingual("term." + termId + ".title"), bilingual("term." + termId + ".text")));
            }
            return new Policy(id, version, standard, extended, metals, stones, discount, clauses, groups, findings, terms);
        }

        private String required(String key) {
            String value = props.getProperty(key);
            if (value == null || value.isBlank()) {
                throw fail(key, "missing");
            }
            return value.trim();
        }

        private List<String> list(String key) {
            String value = props.getProperty(key, "");
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        private Set<Stone> stones(String key) {
            Set<Stone> stones = EnumSet.noneOf(Stone.class);
            for (String code : list(key)) {
                stones.add(Stone.fromCode(code).orElseThrow(() -> fail(key, "unknown stone " + code)));
            }
            return stones;
        }

        private int months(String key) {
            String value = required(key);
            try {
                int months = Integer.parseInt(value);
                if (months < 0 || months > 1200) {
                    throw fail(key, "must be between 0 and 1200 months, was " + value);
                }
                return months;
            } catch (NumberFormatException e) {
                throw fail(key, "not a whole number of months: " + value);
            }
        }

        private BigDecimal discount(String key) {
            String value = required(key);
            try {
                BigDecimal discount = new BigDecimal(value);
                if (discount.signum() <= 0 || discount.compareTo(BigDecimal.ONE) > 0) {
                    throw fail(key, "must be a fraction above 0 and at most 1 (0.40 for 40%), was " + value);
                }
                return discount;
            } catch (NumberFormatException e) {
                throw fail(key, "not a decimal number: " + value);
            }
        }

        private Bilingual bilingual(String key) {
            return new Bilingual(required(key + ".en"), required(key + ".zh"));
        }

        private PolicyException fail(String key, String problem) {
            return new PolicyException(source + ": " + key + ": " + problem);
        }
    }
}
