package com.alluressories.caredesk.ui.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quote form: an amount in HK$ above zero with at most two decimals, or a refusal with its key. */
class QuoteFormTest {
    private final QuoteForm form = new QuoteForm();

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "-5", "380.505", "1,28.00", "12.", "HK$"})
    void whatIsNotAnAmountIsRefusedAsNotAnAmount(String typed) {
        form.amountProperty().set(typed);
        assertThat(form.amountProblem()).contains(Problem.of("tickets.dialog.invalidAmount"));
        assertThat(form.problems()).as("OK refused").containsExactly(Problem.of("tickets.dialog.invalidAmount"));
        assertThatThrownBy(form::amount).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "HK$0"})
    void aQuoteOfNothingIsRefusedAsTheServiceWould(String typed) {
        form.amountProperty().set(typed);
        assertThat(form.amountProblem()).contains(Problem.of("tickets.dialog.quoteAboveZero"));
    }

    @Test
    void amountsAreReadAsPeopleWriteThem() {
        form.amountProperty().set(" 380 ");
        assertThat(form.amountProblem()).isEmpty();
        assertThat(form.problems()).isEmpty();
        assertThat(form.amount()).isEqualTo(Money.ofCents(38_000));
        form.amountProperty().set("HK$1,280.5");
        assertThat(form.amount()).isEqualTo(Money.ofCents(128_050));
        form.amountProperty().set("0.01");
        assertThat(form.amount()).isEqualTo(Money.ofCents(1));
        form.noteProperty().set("re-solder");
        assertThat(form.note()).isEqualTo("re-solder");
    }
}
