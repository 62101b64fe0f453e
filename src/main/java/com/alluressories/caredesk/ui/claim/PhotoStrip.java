package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.ui.I18n;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The claim's photos: thumbnails (a click shows one large, × removes it), photos chosen from a
 * folder or dropped anywhere on the screen, and the files refused because they are not photos.
 */
final class PhotoStrip {
    private static final int THUMB = 110;

    private final ClaimIntakeViewModel model;
    private final I18n i18n;
    private final FlowPane photoPane;
    private final Label photoError;

    PhotoStrip(ClaimIntakeViewModel model, I18n i18n, FlowPane photoPane, Label photoError) {
        this.model = model;
        this.i18n = i18n;
        this.photoPane = photoPane;
        this.photoError = photoError;
    }

    void showPhotos() {
        photoPane.getChildren().clear();
        for (Photo photo : model.photos()) {
            // Loaded in the background at thumbnail size: a dozen phone photos never freeze the form.
            Image thumb = new Image(model.photoPath(photo).toUri().toString(), THUMB, THUMB, true, true, true);
            ImageView view = new ImageView(thumb);
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            view.setPreserveRatio(true);
            Button open = new Button(null, view);
            open.getStyleClass().add("photo-thumb");
            open.setOnAction(e -> openLarge(photo));
            Button remove = new Button("×");
            remove.getStyleClass().add("photo-remove");
            remove.setOnAction(e -> model.removePhoto(photo));
            StackPane tile = new StackPane(open, remove);
            StackPane.setAlignment(remove, Pos.TOP_RIGHT);
            photoPane.getChildren().add(tile);
        }
    }

    private void openLarge(Photo photo) {
        Image image = new Image(model.photoPath(photo).toUri().toString(), 1000, 750, true, true, true);
        ImageView view = new ImageView(image);
        Stage stage = new Stage();
        stage.initOwner(photoPane.getScene().getWindow());
        stage.setTitle(photo.fileName());
        StackPane pane = new StackPane(view);
        pane.setOnMouseClicked(e -> stage.close());
        Scene scene = new Scene(pane, 1000, 750);
        scene.setOnKeyPressed(e -> stage.close());
        stage.setScene(scene);
        stage.show();
    }

    void showRefused() {
        photoError.setText(model.refusedPhotos().isEmpty() ? "" : i18n.get("claim.photos.refused",
                model.refusedPhotos().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))));
    }

    /** Photos dropped anywhere on the screen, while a claim is in progress, are added to it. */
    void acceptDroppedPhotos(Parent screen) {
        screen.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.modeProperty().get() != ClaimIntakeViewModel.Mode.EMPTY) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        screen.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(files != null && !files.isEmpty());
            if (files != null) {
                model.addPhotos(files.stream().map(File::toPath).toList());
            }
            e.consume();
        });
    }

    /** "Add photos…": photos chosen from a folder (the phone's, or a camera card). */
    void choosePhotos() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("claim.photos.add"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("claim.photos.files"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.webp", "*.JPG", "*.JPEG", "*.PNG"));
        List<File> files = chooser.showOpenMultipleDialog(photoPane.getScene().getWindow());
        if (files != null) {
            model.addPhotos(files.stream().map(File::toPath).toList());
        }
    }
}
