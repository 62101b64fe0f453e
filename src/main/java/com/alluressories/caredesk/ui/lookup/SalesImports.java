package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/**
 * The lookup screen's ways into an import of the tills' sales export: a file chosen, or dropped
 * anywhere on the screen; each runs in {@link ImportDialogView}. The demo never imports: said
 * before any file is chosen.
 */
final class SalesImports {
    private final Parent screen;
    private final Supplier<ReceiptImportViewModel> imports;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BooleanSupplier demo;
    private final Runnable afterImport;

    /**
     * @param screen      where files may be dropped; its window owns the dialogs
     * @param afterImport runs once an import has finished (the results refresh)
     */
    SalesImports(Parent screen, Supplier<ReceiptImportViewModel> imports, I18n i18n, DialogService dialogs,
                 BooleanSupplier demo, Runnable afterImport) {
        this.screen = screen;
        this.imports = imports;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.demo = demo;
        this.afterImport = afterImport;
        acceptDroppedFiles();
    }

    /** A sales export dropped anywhere on the screen is imported. */
    private void acceptDroppedFiles() {
        screen.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && csvIn(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        screen.setOnDragDropped(e -> {
            File file = csvIn(e.getDragboard().getFiles());
            e.setDropCompleted(file != null);
            if (file != null) {
                start(file.toPath());
            }
            e.consume();
        });
    }

    private static File csvIn(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".csv")).findFirst().orElse(null);
    }

    /** Asks for the file, then imports it. */
    void choose() {
        if (refusedAsDemo()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("import.csvFiles"), "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(screen.getScene().getWindow());
        if (file != null) {
            start(file.toPath());
        }
    }

    /** Imports a file with the progress dialog. */
    void start(Path file) {
        if (refusedAsDemo()) {
            return;
        }
        new ImportDialogView(imports.get(), i18n).show(screen.getScene().getWindow(), file, afterImport);
    }

    private boolean refusedAsDemo() {
        if (demo.getAsBoolean()) {
            dialogs.showInfo(i18n.get("import.title"), i18n.get("import.demo"));
            return true;
        }
        return false;
    }
}
