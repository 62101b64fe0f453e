package com.alluressories.caredesk;

import com.alluressories.caredesk.cli.CareDeskCommand;
import com.alluressories.caredesk.ui.shell.CareDeskApp;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point. With no command word, the GUI; with one, the command line. Not a JavaFX
 * {@code Application} itself, so the plain executable jar starts without a module path.
 */
public final class CareDesk {
    private CareDesk() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the PC's locale: customer names are Chinese, and scripts read the output.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = CareDeskCommand.run(CareDeskApp::launchAndWait, args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
