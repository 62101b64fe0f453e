package com.alluressories.caredesk.policy;

/** One clause of the brand's policy: its id (also the flag code it backs), a short title and its text. */
public record Clause(String id, Bilingual title, Bilingual text) {
}
