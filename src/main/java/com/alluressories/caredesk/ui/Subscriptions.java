package com.alluressories.caredesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The listeners a view puts on its long-lived view model, all removed by {@link #dispose()}. Views
 * are rebuilt on a language switch: a replaced view that kept listening would still react to the
 * model (showing dialogs twice, or reading state mid-update), and would never be collected.
 */
public final class Subscriptions {
    private final List<Runnable> undo = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        undo.add(() -> value.removeListener(listener));
    }

    public void onInvalid(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        undo.add(() -> observable.removeListener(listener));
    }

    public <E> void onList(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        undo.add(() -> list.removeListener(listener));
    }

    public <K, V> void onMap(ObservableMap<K, V> map, MapChangeListener<? super K, ? super V> listener) {
        map.addListener(listener);
        undo.add(() -> map.removeListener(listener));
    }

    /** Detaches every listener added here. */
    public void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
