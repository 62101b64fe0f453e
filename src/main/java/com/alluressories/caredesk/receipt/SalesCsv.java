package com.alluressories.caredesk.receipt;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the tills' sales export (see README, "The export format") as a file: RFC 4180 CSV in UTF-8,
 * with or without a byte-order mark, columns in any order, named in any case and padded or not; and
 * how far reading has come, for the progress bar. Each row's values go to {@link SalesRowParser}.
 */
final class SalesCsv implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL) // named twice is reported with the rest below
            .get();

    private final Path file;
    private final long size;
    private final CountingStream counting;
    private final BufferedReader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    /** Counted by the reading thread. */
    private volatile long rowsRead;
    /**
     * Each column by its header name as written: commons-csv maps that name to the field. Names are
     * matched stripped and in lower case here (commons-csv's ignoreHeaderCase cannot strip them).
     */
    private final Map<String, String> written = new HashMap<>();
    /** Fields a row needs to reach the last needed column. */
    private int needed;

    private SalesCsv(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.counting = new CountingStream(Files.newInputStream(file));
        this.reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /**
     * Opens the file and reads its header. Problems with the header (a missing column, a column
     * named twice, no header at all) are reported and the file is not opened.
     */
    static SalesCsv open(Path file, List<ImportProblem> problems) throws IOException {
        SalesCsv csv = new SalesCsv(file);
        try {
            if (!csv.readHeader(problems)) {
                csv.close();
                return null;
            }
            return csv;
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    private boolean readHeader(List<ImportProblem> problems) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            parser = FORMAT.parse(reader);
        } catch (IOException | UncheckedIOException e) {
            problems.add(unreadable(e, 1));
            return false;
        }
        records = parser.iterator();
        List<String> names = parser.getHeaderNames();
        if (names.isEmpty()) {
            problems.add(ImportProblem.of(0, null, null, ImportProblem.Kind.EMPTY_FILE,
                    String.join(", ", SalesRowParser.COLUMNS)));
            return false;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                problems.add(ImportProblem.of(1, name, null, ImportProblem.Kind.DUPLICATE_COLUMN));
            } else {
                written.put(name, names.get(i));
            }
        }
        for (String column : SalesRowParser.COLUMNS) {
            if (!index.containsKey(column)) {
                problems.add(ImportProblem.of(1, column, null, ImportProblem.Kind.MISSING_COLUMN, column));
            } else {
                needed = Math.max(needed, index.get(column) + 1);
            }
        }
        return problems.isEmpty();
    }

    /** Rows read so far, good or bad (the header not counted). */
    long rowsRead() {
        return rowsRead;
    }

    /** Rows handed over at a time by the reading thread, and how many batches it may read ahead. */
    private static final int BATCH = 512;
    private static final int AHEAD = 128;
    /** The last item from the reading thread. */
    private static final Object END = new Object();

    /** What went wrong on the reading thread, thrown again on the caller's. */
    private record Failure(Throwable error) {
    }

    /**
     * Reads every row; {@code sink} gets each good row, {@code problems} each bad one's problems, in
     * the file's order, on the caller's thread. The file is read and each row parsed on a thread of
     * its own, a little ahead: an import reads and checks on one core while the store writes on the
     * other. If the caller stops (a cancel, a failure), reading stops too before this returns.
     */
    void forEach(Consumer<SalesRow> sink, Consumer<ImportProblem> problems) {
        java.util.concurrent.BlockingQueue<List<Object>> queue = new java.util.concurrent.ArrayBlockingQueue<>(AHEAD);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reading = new Thread(() -> readAhead(queue, stop), "caredesk-import-reader");
        reading.setDaemon(true);
        reading.start();
        try {
            while (true) {
                List<Object> batch = queue.take();
                for (Object item : batch) {
                    if (item == END) {
                        return;
                    } else if (item instanceof SalesRow row) {
                        sink.accept(row);
                    } else if (item instanceof ImportProblem problem) {
                        problems.accept(problem);
                    } else if (item instanceof Failure failure) {
                        if (failure.error() instanceof RuntimeException e) {
                            throw e;
                        }
                        throw new IllegalStateException(failure.error());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } finally {
            stop.set(true);
            // Let a reading thread blocked on a full queue see the stop, then wait for it (bounded).
            for (int i = 0; i < 200 && reading.isAlive(); i++) {
                queue.clear();
                try {
                    reading.join(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    /** The reading thread: batches of parsed rows and problems, then END (after a failure too). */
    private void readAhead(java.util.concurrent.BlockingQueue<List<Object>> queue,
                           java.util.concurrent.atomic.AtomicBoolean stop) {
        List<Object> batch = new ArrayList<>(BATCH);
        try {
            readAll(batch::add, batch::add, () -> {
                if (batch.size() >= BATCH) {
                    hand(queue, stop, new ArrayList<>(batch));
                    batch.clear();
                }
                return !stop.get();
            });
        } catch (RuntimeException | Error e) {
            batch.add(new Failure(e));
        }
        batch.add(END);
        hand(queue, stop, batch);
    }

    private static void hand(java.util.concurrent.BlockingQueue<List<Object>> queue,
                             java.util.concurrent.atomic.AtomicBoolean stop, List<Object> batch) {
        try {
            while (!stop.get() && !queue.offer(batch, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // the caller is busy; wait for room, or for the stop
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads rows while {@code more} says so (asked after each row). */
    private void readAll(Consumer<SalesRow> sink, Consumer<ImportProblem> problems,
                         java.util.function.BooleanSupplier more) {
        while (more.getAsBoolean()) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
                rowsRead++;
            } catch (UncheckedIOException | IllegalStateException e) {
                problems.accept(unreadable(e, parser.getCurrentLineNumber() + 1));
                return;
            }
            long line = parser.getCurrentLineNumber();
            if (record.size() < needed) {
                problems.accept(ImportProblem.of(line, null, null, ImportProblem.Kind.TOO_FEW_FIELDS, record.size(),
                        needed));
                continue;
            }
            SalesRowParser.Parsed parsed = SalesRowParser.parse(line, column -> record.get(written.get(column)));
            if (parsed.ok()) {
                sink.accept(parsed.row());
            } else {
                parsed.problems().forEach(problems);
            }
        }
    }

    private ImportProblem unreadable(Exception e, long line) {
        // The iterator wraps what went wrong; the header, read when the parser opens, comes unwrapped.
        Throwable cause = e instanceof RuntimeException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return notUtf8(file);
        }
        return ImportProblem.of(line, null, null, ImportProblem.Kind.UNREADABLE, cause.getMessage());
    }

    /** The reader reads ahead, so the line of an encoding error is found by decoding the file again. */
    private static ImportProblem notUtf8(Path file) {
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    break;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            line = 0;
        }
        return ImportProblem.of(line, null, null, ImportProblem.Kind.NOT_UTF8);
    }

    /** How far through the file reading has come, 0 to 1. */
    double fractionRead() {
        return size == 0 ? 1 : Math.min(1, (double) counting.count / size);
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        } else {
            reader.close();
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
