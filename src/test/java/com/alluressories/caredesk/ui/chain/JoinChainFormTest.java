package com.alluressories.caredesk.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.chain.ChainException;
import com.alluressories.caredesk.chain.JoinCode;
import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.text.Refusal;
import com.alluressories.caredesk.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The join dialog's model without a window: what it refuses to send, and what a join that works or fails leaves. */
class JoinChainFormTest {
    private static final String HUB = "http://10.1.0.5:31415/sync/caredesk-hub";
    private static final SyncStatus JOINED = new SyncStatus("CWB", "shop", HUB, SyncStatus.ONLINE, null, 0, 0,
            List.of(), 0);

    private final List<String> asked = new ArrayList<>();
    private final List<JoinChainForm.Joined> heard = new ArrayList<>();
    private final List<JoinChainForm.Received> heardProgress = new ArrayList<>();
    private RuntimeException refuse;
    private JoinChainForm form;

    private JoinChainForm form() {
        form = new JoinChainForm((url, code, progress) -> {
            asked.add(url + " " + code);
            progress.received(0, 700_000);
            progress.received(50_000, 700_000);
            heardProgress.add(form.receivedProperty().get());
            if (refuse != null) {
                throw refuse;
            }
            return JOINED;
        }, TaskRunner.sameThread(), heard::add);
        return form;
    }

    @Test
    void anAddressMustBeAWebAddressWithAHost() {
        JoinChainForm form = form();
        assertThat(form.hubUrlProblem()).contains("chain.dialog.addressMissing");
        for (String bad : List.of("10.1.0.5:31415/sync/caredesk-hub", "ftp://10.1.0.5/sync/caredesk-hub", "http://",
                "http:/sync/caredesk-hub", "http://10.1.0.5:31415/sync/caredesk hub", "caredesk-hub")) {
            form.hubUrlProperty().set(bad);
            assertThat(form.hubUrlProblem()).as(bad).contains("chain.dialog.badAddress");
        }
        for (String good : List.of(HUB, "  HTTPS://hq.alluressories.hk/sync/caredesk-hub  ", "http://127.0.0.1:31415")) {
            form.hubUrlProperty().set(good);
            assertThat(form.hubUrlProblem()).as(good).isEmpty();
        }
    }

    @Test
    void aCodeMustReadAsAJoinCode() {
        JoinChainForm form = form();
        assertThat(form.codeProblem()).contains("chain.dialog.codeMissing");
        for (String bad : List.of("CWB", "CWB-K7QF-2MZP-9XTA", "CWB-K7QF-2MZP-9XTA-HC4D-EXTRA", "HUB-K7QF-2MZP-9XTA-HC4D",
                "CWB-K7QF-2MZP-9XTA-HC40")) {
            form.codeProperty().set(bad);
            assertThat(form.codeProblem()).as(bad).contains("chain.dialog.badCode");
        }
        form.codeProperty().set("  cwb-k7qf-2mzp-9xta-hc4d ");
        assertThat(form.codeProblem()).isEmpty();
        form.codeProperty().set("DEMO-CWB-K7QF-2MZP-9XTA-HC4D");
        assertThat(form.codeProblem()).isEmpty();
    }

    @Test
    void nothingIsSentWhileAFieldIsWrong() {
        JoinChainForm form = form();
        form.hubUrlProperty().set("10.1.0.5");
        form.codeProperty().set("CWB-K7QF");
        assertThat(form.problems()).containsExactly("chain.dialog.badAddress", "chain.dialog.badCode");
        assertThat(form.join()).isFalse();
        assertThat(asked).isEmpty();
        assertThat(form.stateProperty().get()).isEqualTo(JoinChainForm.State.EDITING);
    }

    @Test
    void aGoodAddressAndCodeJoinAsTypedWithoutTheSpacesAround() {
        JoinChainForm form = form();
        form.hubUrlProperty().set(" " + HUB + " ");
        form.codeProperty().set(" cwb-k7qf-2mzp-9xta-hc4d");
        assertThat(form.problems()).isEmpty();
        assertThat(form.join()).isTrue();
        assertThat(asked).containsExactly(HUB + " " + JoinCode.parse("CWB-K7QF-2MZP-9XTA-HC4D").orElseThrow());
        assertThat(form.stateProperty().get()).isEqualTo(JoinChainForm.State.JOINED);
        assertThat(heard).containsExactly(new JoinChainForm.Joined("CWB", JOINED));
        assertThat(form.failureProperty().get()).isNull();
        assertThat(heardProgress).as("the sales history's progress reaches the form")
                .containsExactly(new JoinChainForm.Received(50_000, 700_000));
        assertThat(form.join()).as("joined once").isFalse();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aRefusalIsKeptToBeWordedAndTheFormCanTryAgain() {
        JoinChainForm form = form();
        form.hubUrlProperty().set(HUB);
        form.codeProperty().set("CWB-K7QF-2MZP-9XTA-HC4D");
        refuse = new ChainException("chain.join.refused", "CWB");
        assertThat(form.join()).isTrue();
        assertThat(form.stateProperty().get()).isEqualTo(JoinChainForm.State.EDITING);
        assertThat(form.failureProperty().get()).isInstanceOf(Refusal.class);
        assertThat(((Refusal) form.failureProperty().get()).key()).isEqualTo("chain.join.refused");
        assertThat(heard).isEmpty();

        refuse = null;
        assertThat(form.join()).isTrue();
        assertThat(form.failureProperty().get()).isNull();
        assertThat(heard).extracting(JoinChainForm.Joined::nodeCode).containsExactly("CWB");
    }
}
