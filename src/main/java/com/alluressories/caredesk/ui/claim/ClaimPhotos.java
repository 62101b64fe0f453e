package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.claim.NotAnImageException;
import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The claim's photos: copied into the photo store off the FX thread, each once; files that are not photos refused. */
final class ClaimPhotos {
    private final PhotoStore store;
    private final TaskRunner tasks;
    private final ObservableList<Photo> photos = FXCollections.observableArrayList();
    private final ObservableList<Path> refused = FXCollections.observableArrayList();

    ClaimPhotos(PhotoStore store, TaskRunner tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** Copies photos into the store off the FX thread; files that are not images are listed as refused. */
    void add(List<Path> files) {
        tasks.run(() -> {
            List<Photo> added = new ArrayList<>();
            List<Path> notPhotos = new ArrayList<>();
            for (Path file : files) {
                try {
                    added.add(store.add(file));
                } catch (NotAnImageException e) {
                    notPhotos.add(file);
                }
            }
            return new Batch(added, notPhotos);
        }, batch -> {
            batch.added().stream().filter(p -> photos.stream().noneMatch(q -> q.sha256().equals(p.sha256())))
                    .forEach(photos::add);
            refused.setAll(batch.refused());
        }, error -> refused.setAll(files));
    }

    private record Batch(List<Photo> added, List<Path> refused) {
    }

    void clear() {
        photos.clear();
        refused.clear();
    }

    Path path(Photo photo) {
        return store.path(photo);
    }

    ObservableList<Photo> photos() {
        return photos;
    }

    ObservableList<Path> refused() {
        return refused;
    }
}
