package com.alluressories.caredesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.ticket.TicketNumber;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A ticket number typed or scanned anywhere opens its ticket; anything else opens nothing. */
class ScannedTicketsTest {
    private final List<String> opened = new ArrayList<>();
    private boolean listening = true;
    private final ScannedTickets scanner = new ScannedTickets(() -> listening, n -> opened.add(n.value()));

    private void typeWithNoFieldFocused(String text) {
        for (char c : text.toCharArray()) {
            scanner.typed(String.valueOf(c), false);
        }
    }

    @Test
    void aNumberTypedWithNoFieldFocusedAndEndedWithEnterOpensItsTicket() {
        typeWithNoFieldFocused("CWB-261127-0001");
        scanner.pressed(KeyCode.ENTER, null);
        assertThat(opened).containsExactly("CWB-261127-0001");
    }

    @Test
    void aNumberScannedIntoAFieldIsReadFromTheField() {
        typeWithNoFieldFocused("x");                       // before the field had the focus: not part of it
        scanner.typed("C", true);
        scanner.pressed(KeyCode.ENTER, "  CWB-261127-0002 ");
        assertThat(opened).containsExactly("CWB-261127-0002");
    }

    @Test
    void whatIsNotATicketNumberOpensNothing() {
        scanner.pressed(KeyCode.ENTER, "CWB-20261101-0042");  // a receipt number
        typeWithNoFieldFocused("9123");
        scanner.pressed(KeyCode.ENTER, null);
        scanner.pressed(KeyCode.ENTER, null);                  // Enter on its own
        assertThat(opened).isEmpty();
    }

    @Test
    void anyOtherKeyStartsTheNumberAgain() {
        typeWithNoFieldFocused("CWB-2611");
        scanner.pressed(KeyCode.DOWN, null);
        typeWithNoFieldFocused("27-0001");
        scanner.pressed(KeyCode.ENTER, null);
        assertThat(opened).isEmpty();
        typeWithNoFieldFocused("CWB-261127-0003");
        scanner.pressed(KeyCode.ENTER, null);
        assertThat(opened).containsExactly("CWB-261127-0003");
    }

    @Test
    void controlCharactersAndSpacesAreNotPartOfTheNumber() {
        typeWithNoFieldFocused("CWB-261127");
        scanner.typed("\t", false);
        scanner.typed(" ", false);
        scanner.typed("", false);
        typeWithNoFieldFocused("-0004");
        scanner.pressed(KeyCode.ENTER, null);
        assertThat(opened).containsExactly("CWB-261127-0004");
    }

    @Test
    void nothingOpensWhileNotListeningAndWhatWasTypedIsForgotten() {
        listening = false;                                      // locked, or on the tickets screen
        typeWithNoFieldFocused("CWB-261127-0005");
        scanner.pressed(KeyCode.ENTER, null);
        scanner.pressed(KeyCode.ENTER, "CWB-261127-0006");
        listening = true;
        scanner.pressed(KeyCode.ENTER, null);
        assertThat(opened).isEmpty();
        assertThat(TicketNumber.recognise("CWB-261127-0005")).isPresent();
    }
}
