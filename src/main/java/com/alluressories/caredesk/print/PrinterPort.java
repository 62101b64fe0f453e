package com.alluressories.caredesk.print;

import java.util.List;

/** Where documents go: the PC's printers (tests and kiosks can put another in their place). */
public interface PrinterPort {
    /** The printers this PC knows, the system's default first. */
    List<String> names();

    /** Sends the PDF, exactly as previewed, to the named printer. */
    void print(byte[] pdf, String printer, String jobName) throws Exception;

    /** The system's printers, through Java's print services. */
    PrinterPort SYSTEM = new PrinterPort() {
        @Override
        public List<String> names() {
            return Printers.names();
        }

        @Override
        public void print(byte[] pdf, String printer, String jobName) throws Exception {
            Printers.print(pdf, printer, jobName);
        }
    };
}
