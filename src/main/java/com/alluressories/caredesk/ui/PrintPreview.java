package com.alluressories.caredesk.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The document as it will print: the PDF's own pages rendered, so the preview is what prints.
 * It opens at once with a progress indicator and fills in when the PDF is ready; from there it
 * goes to the chosen printer or is saved as a PDF, and only that counts as a print.
 */
public final class PrintPreview {
    private final I18n i18n;
    private final String fileName;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox pages = new VBox(12);
    private final ComboBox<String> printerBox = new ComboBox<>();
    private final Button print;
    private final Button save;
    private final Label status = new Label();
    private Printout printout;
    /** What the preview was opened to say, kept when the document arrives. */
    private String note = "";

    private final Button slip;
    private final ScrollPane scroll;
    /** An A4 page's width as rendered for the preview (96 dpi). */
    private static final double A4_WIDTH = 794;

    private PrintPreview(Window owner, I18n i18n, String title, String fileName, Consumer<String> useForKey) {
        this.i18n = i18n;
        this.fileName = fileName;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("preview.title", title));
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        if (owner.getScene().getRoot().lookup(".dialog-pane") instanceof javafx.scene.control.DialogPane pane) {
            dialog.getDialogPane().getStylesheets().addAll(pane.getStylesheets()); // opened from a dialog: its look
        }
        // The theme caps a dialog at 600 px; a preview is as wide as an A4 page where the screen allows
        // (a style, as the theme's rule would win over setMaxWidth).
        dialog.getDialogPane().setStyle("-fx-max-width: 100000;");
        pages.setId("previewPages");
        pages.setAlignment(Pos.TOP_CENTER);
        ProgressIndicator rendering = new ProgressIndicator();
        rendering.setId("previewProgress");
        pages.getChildren().setAll(rendering, new Label(i18n.get("preview.rendering")));
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        // The whole dialog (title, pages, printer bar, Close) fits a 1024×768 screen, and an A4 page
        // (794 px wide here) is seen whole across where the screen allows; where not, it is scaled down.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                        Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        scroll.setPrefSize(Math.max(400, Math.min(A4_WIDTH + 30, screen.getWidth() - 120)),
                Math.max(240, Math.min(640, screen.getHeight() - 250)));
        this.scroll = scroll;
        print = new Button(i18n.get("preview.print"));
        print.setId("previewPrintButton");
        print.setDisable(true);
        save = new Button(i18n.get("preview.save"));
        save.setId("previewSaveButton");
        save.setDisable(true);
        status.setWrapText(true);
        status.setId("previewStatus");
        Label printerLabel = new Label(i18n.get("preview.printer"));
        printerLabel.setMinWidth(Label.USE_PREF_SIZE);
        // The printer chosen here serves Ctrl+P on the ticket (customer copy and bag tag) at this PC.
        slip = new Button(i18n.get("preview.useForKey"));
        slip.setId("previewSlipButton");
        slip.setDisable(true);
        slip.setOnAction(e -> {
            useForKey.accept(printerBox.getValue());
            status.setText(i18n.get("preview.slipChosen", printerBox.getValue()));
        });
        FlowPane bar = new FlowPane(8, 8, printerLabel, printerBox, print, save);
        if (useForKey != null) { // a ticket's documents: this printer can become the one Ctrl+P uses
            bar.getChildren().add(slip);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(8, scroll, bar, status));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("preview.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Keyboard.install(dialog.getDialogPane());
        // Closed, the pages' pictures (a few megabytes each) are let go at once: JavaFX may keep a closed
        // dialog itself for a while, and a day of previews must not keep every page drawn.
        dialog.showingProperty().addListener((obs, was, now) -> {
            if (!now) {
                pages.getChildren().clear();
            }
        });
        print.setOnAction(e -> output(bytes -> {
            printout.port().print(bytes, printerBox.getValue(), fileName);
            return i18n.get("preview.printed", printerBox.getValue());
        }));
        save.setOnAction(e -> saveAs());
    }

    /** Opens the preview now, empty with a progress indicator, to be filled by {@link #show(Printout)}. */
    /** @param useForKey makes the chosen printer the one Ctrl+P prints slips on (null: not offered) */
    public static PrintPreview open(Window owner, I18n i18n, String title, String fileName, Consumer<String> useForKey) {
        PrintPreview preview = new PrintPreview(owner, i18n, title, fileName, useForKey);
        preview.dialog.show();
        return preview;
    }

    /** The document is ready: its pages are rendered off the FX thread, and it can be printed or saved. */
    public void show(Printout ready) {
        this.printout = ready;
        printerBox.getItems().setAll(ready.printers());
        printerBox.getSelectionModel().selectFirst();
        print.setDisable(ready.printers().isEmpty());
        slip.setDisable(ready.printers().isEmpty());
        save.setDisable(false);
        status.setText(ready.printers().isEmpty() ? i18n.get("preview.noPrinter") : note);
        if (!ready.pages().isEmpty()) {
            showPages(ready.pages());
        } else {
            Task<List<javafx.scene.image.Image>> render = new Task<>() {
                @Override
                protected List<javafx.scene.image.Image> call() throws IOException {
                    return draw(ready.pdf());
                }
            };
            render.setOnSucceeded(e -> showPages(render.getValue()));
            render.setOnFailed(e -> failed(render.getException()));
            start(render, "caredesk-preview");
        }
        (ready.printers().isEmpty() ? save : print).requestFocus();
    }

    /** A PDF's pages drawn as the preview shows them (96 dpi), off the window's thread. */
    public static List<javafx.scene.image.Image> draw(byte[] pdf) throws IOException {
        return pages(pdf).stream().<javafx.scene.image.Image>map(PrintPreview::fx).toList();
    }

    private void showPages(List<javafx.scene.image.Image> drawn) {
        pages.getChildren().setAll(!dialog.isShowing() ? List.of() : drawn.stream().map(image -> {
            ImageView page = new ImageView(image);
            page.getStyleClass().add("preview-page");
            // Never wider than the pane: the right edge of the page stays in view, no sideways scrolling.
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.min(
                    image.getWidth(), Math.max(100, scroll.getViewportBounds().getWidth() - 4)),
                    scroll.viewportBoundsProperty()));
            return page;
        }).toList());
    }

    /** Runs once the preview is closed, whether or not it printed or saved. */
    public void onClosed(Runnable closed) {
        dialog.setOnHidden(e -> closed.run());
    }

    /** Says something under the printer bar (why the preview opened instead of printing, say). */
    public void say(String text) {
        note = text;
        status.setText(text);
    }

    /** The document could not be made: said in the preview itself. */
    public void failed(Throwable error) {
        pages.getChildren().setAll(new Label(i18n.get("preview.failed", ErrorWords.of(i18n, error))));
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(fileName + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (file != null) {
            output(bytes -> {
                Files.write(file.toPath(), bytes);
                return i18n.get("preview.saved", file.getAbsolutePath());
            });
        }
    }

    /** What to do with the PDF once the print is recorded; returns what to tell staff. */
    private interface Output {
        String send(byte[] pdf) throws Exception;
    }

    /** Records the print (it says REPRINT if printed before), then prints or saves it, off the FX thread. */
    private void output(Output what) {
        Callable<byte[]> recorded = printout.output();
        print.setDisable(true);
        save.setDisable(true);
        Task<String> job = new Task<>() {
            @Override
            protected String call() throws Exception {
                return what.send(recorded.call());
            }
        };
        Consumer<String> done = text -> {
            status.setText(text);
            slip.setDisable(printout.printers().isEmpty());
            print.setDisable(printout.printers().isEmpty());
            save.setDisable(false);
        };
        job.setOnSucceeded(x -> done.accept(job.getValue()));
        job.setOnFailed(x -> done.accept(i18n.get("preview.failed", ErrorWords.of(i18n, job.getException()))));
        start(job, "caredesk-print");
    }

    private static void start(Task<?> task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** A PDF's pages as pictures, as the preview shows them (96 dpi). */
    private static List<BufferedImage> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new java.util.ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(renderer.renderImageWithDPI(i, 96));
            }
            return images;
        }
    }

    /**
     * Draws a document once the way a preview does (off the window's thread), so that the first
     * preview staff open does not pay for loading the drawing code and its fonts.
     */
    public static void warmUp(byte[] pdf) throws IOException {
        draw(pdf);
    }

    /**
     * Makes a preview's dialog once without showing it, and styles it, on the window's thread while
     * nobody waits: the first preview then opens as fast as the next ones.
     */
    public static void warmUpDialog(Window owner, I18n i18n) {
        PrintPreview preview = new PrintPreview(owner, i18n, "", "", text -> { });
        preview.dialog.getDialogPane().applyCss();
        preview.dialog.getDialogPane().layout();
    }

    private static WritableImage fx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb;
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == w * h) {
            // The page's own pixels, made opaque: no colour conversion pixel by pixel.
            argb = ints.getData();
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF000000;
            }
        } else {
            argb = image.getRGB(0, 0, w, h, null, 0, w);
        }
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
