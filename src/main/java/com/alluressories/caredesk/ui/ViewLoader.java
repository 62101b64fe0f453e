package com.alluressories.caredesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view by convention: {@code FooView} uses {@code Foo.fxml} (and {@code Foo.css}, if any)
 * from its own package, with the view instance as the controller and the current bundle.
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static Parent load(Object view, ResourceBundle bundle) {
        Class<?> type = view.getClass();
        String base = type.getSimpleName().replaceFirst("View$", "");
        URL fxml = type.getResource(base + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No " + base + ".fxml next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setController(view);
        try {
            Parent root = loader.load();
            URL css = type.getResource(base + ".css");
            if (css != null) {
                root.getStylesheets().add(css.toExternalForm());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
