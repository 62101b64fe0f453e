package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.print.Printers;
import com.alluressories.caredesk.ui.I18n;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The document as it will print: the PDF's own pages rendered, so the preview is what prints.
 * From here it goes to the chosen printer or is saved as a PDF.
 */
final class PrintPreview {
    private PrintPreview() {
    }

    static void show(Window owner, I18n i18n, String title, String fileName, byte[] pdf, List<String> printers) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("preview.title", title));
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        VBox pages = new VBox(12);
        pages.setId("previewPages");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setPrefSize(620, 640);
        ComboBox<String> printerBox = new ComboBox<>();
        printerBox.getItems().setAll(printers);
        printerBox.getSelectionModel().selectFirst();
        Button print = new Button(i18n.get("preview.print"));
        print.setDisable(printers.isEmpty());
        Button save = new Button(i18n.get("preview.save"));
        save.setId("previewSaveButton");
        Label status = new Label(printers.isEmpty() ? i18n.get("preview.noPrinter") : "");
        status.setWrapText(true);
        HBox bar = new HBox(8, new Label(i18n.get("preview.printer")), printerBox, print, save);
        dialog.getDialogPane().setContent(new VBox(8, scroll, bar, status));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("preview.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        // Rendering a page takes a moment: it happens off the FX thread.
        Task<List<BufferedImage>> render = new Task<>() {
            @Override
            protected List<BufferedImage> call() throws IOException {
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    List<BufferedImage> images = new java.util.ArrayList<>();
                    for (int i = 0; i < document.getNumberOfPages(); i++) {
                        images.add(renderer.renderImageWithDPI(i, 96));
                    }
                    return images;
                }
            }
        };
        render.setOnSucceeded(e -> render.getValue().forEach(image -> {
            ImageView page = new ImageView(fx(image));
            page.getStyleClass().add("preview-page");
            pages.getChildren().add(page);
        }));
        render.setOnFailed(e -> status.setText(i18n.get("preview.failed", String.valueOf(render.getException()))));
        Thread thread = new Thread(render, "caredesk-preview");
        thread.setDaemon(true);
        thread.start();

        print.setOnAction(e -> {
            String printer = printerBox.getValue();
            Task<Void> job = new Task<>() {
                @Override
                protected Void call() throws Exception {
                    Printers.print(pdf, printer, fileName);
                    return null;
                }
            };
            job.setOnSucceeded(x -> status.setText(i18n.get("preview.printed", printer)));
            job.setOnFailed(x -> status.setText(i18n.get("preview.failed", String.valueOf(job.getException().getMessage()))));
            Thread t = new Thread(job, "caredesk-print");
            t.setDaemon(true);
            t.start();
        });
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(fileName + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                try {
                    Files.write(file.toPath(), pdf);
                    status.setText(i18n.get("preview.saved", file.getAbsolutePath()));
                } catch (IOException ex) {
                    status.setText(i18n.get("preview.failed", ex.getMessage()));
                }
            }
        });
        dialog.show();
    }

    private static WritableImage fx(BufferedImage image) {
        WritableImage out = new WritableImage(image.getWidth(), image.getHeight());
        PixelWriter writer = out.getPixelWriter();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                writer.setArgb(x, y, image.getRGB(x, y));
            }
        }
        return out;
    }
}
