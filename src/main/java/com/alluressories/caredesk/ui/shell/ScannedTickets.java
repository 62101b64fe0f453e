package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.ticket.TicketNumber;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A ticket number scanned (or typed) anywhere in the window opens its ticket: into any text field,
 * or with no field focused; the scanner ends the number with Enter. What the keys spell is kept
 * here, apart from the scene, so it can be tested without a window.
 */
public final class ScannedTickets {
    private final BooleanSupplier listening;
    private final Consumer<TicketNumber> open;
    private final StringBuilder typed = new StringBuilder();

    /**
     * @param listening false while no number should open a ticket (the window locked, or the tickets
     *                  screen showing, whose own search takes the number)
     * @param open      opens the ticket with this number
     */
    public ScannedTickets(BooleanSupplier listening, Consumer<TicketNumber> open) {
        this.listening = listening;
        this.open = open;
    }

    /** Listens to every key typed in the scene, before its fields do. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> typed(e.getCharacter(),
                scene.getFocusOwner() instanceof TextInputControl));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(e.getCode(),
                scene.getFocusOwner() instanceof TextInputControl input ? input.getText() : null));
    }

    /** A character typed; one typed into a text field is read from the field when Enter comes. */
    void typed(String character, boolean intoField) {
        if (!intoField && character.length() == 1 && !character.isBlank() && character.charAt(0) >= ' ') {
            typed.append(character);
        }
    }

    /**
     * A key pressed: Enter ends a scan (the number is the focused field's text, or what was typed with
     * no field focused); any other key starts the count again.
     *
     * @param fieldText the focused text field's text, or null when no text field has the focus
     */
    void pressed(KeyCode code, String fieldText) {
        if (code != KeyCode.ENTER || !listening.getAsBoolean()) {
            typed.setLength(0);
            return;
        }
        String candidate = fieldText != null ? fieldText : typed.toString();
        typed.setLength(0);
        TicketNumber.recognise(candidate).ifPresent(open);
    }
}
