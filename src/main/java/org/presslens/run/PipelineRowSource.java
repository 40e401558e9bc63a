package org.presslens.run;

import org.presslens.analysis.Outcome;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.AnalysisSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.presslens.classify.LabelledRow;
import org.presslens.classify.RowSource;
import org.presslens.core.Article;
import org.presslens.core.ConfigException;
import org.presslens.core.CsvCells;
import org.presslens.core.Settings;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.Skip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labelled rows for training, evaluation and prediction, computed exactly as {@code analyze} computes them
 * (ingest, cleaning, metadata, every feature) on N threads. A CSV whose header holds {@code id} and every
 * feature of the pipeline (an {@code articles.csv} of a run, or a table in {@code training-data/}) is read as
 * a ready feature table instead: its rows carry features but no text. Inputs or records that cannot be
 * analysed, and exact duplicates, are logged as warnings naming file, record and reason, and left out.
 */
public final class PipelineRowSource implements RowSource {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRowSource.class);

    private final Supplier<AnalysisSetup> setup;
    private final int threads;
    private final java.util.Set<String> fieldsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private AnalysisSetup built;

    /**
     * @param setup   builds the analysis (called once, on first use: loading models and lexicons takes a moment)
     * @param threads worker threads for feature extraction
     */
    public PipelineRowSource(Supplier<AnalysisSetup> setup, int threads) {
        this.setup = setup;
        this.threads = threads;
    }

    /** The built-in configuration, on all available cores. */
    public static PipelineRowSource builtIn() {
        return new PipelineRowSource(() -> AnalysisSetup.create(Settings.builtIn(), List.of(), List.of(),
                f -> LabelPredictor.NONE), Runtime.getRuntime().availableProcessors());
    }

    private synchronized AnalysisSetup setup() {
        if (built == null) {
            built = setup.get();
        }
        return built;
    }

    @Override
    public List<String> featureNames() {
        return setup().features().featureNames();
    }

    @Override
    public String featureSetHash() {
        return setup().features().featureSetHash();
    }

    @Override
    public Map<String, String> extractorHashes() {
        return setup().features().extractorHashes();
    }

    @Override
    public Stream<LabelledRow> rows(List<Path> files, String labelField, String groupField) {
        AnalysisSetup s = setup();
        List<InputRoot> roots = files.stream().map(InputRoot::of).toList();
        s.reader().validate(roots);
        Stream<LabelledRow> all = Stream.empty();
        List<InputRoot> pending = new ArrayList<>();
        for (InputRoot r : roots) {
            if (isFeatureTable(r.path(), s.features().featureNames())) {
                all = Stream.concat(all, analysed(s, pending, labelField, groupField));
                pending = new ArrayList<>();
                all = Stream.concat(all, Stream.of(r.path()).flatMap(p -> tableRows(p, r.displayName(), labelField, groupField)));
            } else {
                pending.add(r);
            }
        }
        return Stream.concat(all, analysed(s, pending, labelField, groupField));
    }

    private Stream<LabelledRow> analysed(AnalysisSetup s, List<InputRoot> roots, String labelField, String groupField) {
        if (roots.isEmpty()) {
            return Stream.empty();
        }
        List<InputRoot> mine = List.copyOf(roots);
        // built lazily, so that concatenated sources open their files only when reached
        return Stream.of(mine).flatMap(rs -> {
            Stream<InputItem> items = s.reader().read(rs);
            Map<Long, String> bodies = new HashMap<>();
            return new OrderedParallelMap<InputItem, Object>(threads, threads * 16)
                    .stream(items.iterator(), item -> item instanceof RawDocument d ? s.analyzer().analyze(d) : item)
                    .onClose(items::close)
                    .map(o -> o instanceof Outcome.Analysed a ? toRow(a, bodies, labelField, groupField) : o)
                    .map(o -> o instanceof LabelledRow row ? row : warn(o))
                    .filter(java.util.Objects::nonNull);
        });
    }

    @Override
    public java.util.SortedSet<String> fieldsSeen() {
        return new java.util.TreeSet<>(fieldsSeen);
    }

    private static LabelledRow warn(Object o) {
        Skip skip = o instanceof Skip sk ? sk : ((Outcome.Rejected) o).skip();
        LOG.warn("{}{}: not used: {}", skip.source(), skip.record().isEmpty() ? "" : " " + skip.record(), skip.reason());
        return null;
    }

    /** The row of an analysed article, or a skip when its body repeats an earlier one (as analyze does). */
    private Object toRow(Outcome.Analysed a, Map<Long, String> bodies, String labelField, String groupField) {
        Article art = a.article();
        String first = bodies.putIfAbsent(a.bodyHash(), art.id());
        if (first != null) {
            return new Skip(art.source(), art.record(), "exact duplicate of article " + first);
        }
        Map<String, String> fields = art.metadata();
        fieldsSeen.addAll(fields.keySet());
        String label = labelField == null ? null : fields.get(labelField);
        String group = groupField == null ? "" : "outlet".equals(groupField) ? art.outlet()
                : fields.getOrDefault(groupField, "");
        return new LabelledRow(art.id(), art.source(), art.record(), group, a.features(), art.body(), label);
    }

    /** A .csv(.gz) whose header has {@code id} and every feature name. */
    static boolean isFeatureTable(Path file, List<String> featureNames) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file) || !(name.endsWith(".csv") || name.endsWith(".csv.gz"))) {
            return false;
        }
        try (BufferedReader r = reader(file)) {
            String header = r.readLine();
            if (header == null) {
                return false;
            }
            List<String> cols = List.of(header.split(",", -1));
            return cols.contains("id") && cols.containsAll(featureNames);
        } catch (IOException e) {
            return false;
        }
    }

    private Stream<LabelledRow> tableRows(Path file, String display, String labelField, String groupField) {
        List<String> names = featureNames();
        CSVParser parser;
        try {
            Reader r = reader(file);
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException(display + ": " + e.getMessage(), e);
        }
        CsvCells cells = CsvCells.ofFile(file);
        Map<String, Integer> index = new HashMap<>(parser.getHeaderMap());
        index.keySet().forEach(c -> fieldsSeen.add(c.startsWith("meta.") ? c.substring("meta.".length()) : c));
        String labelCol = column(index, labelField, display);
        String groupCol = column(index, groupField, display);
        int[] featureCols = names.stream().mapToInt(index::get).toArray();
        return parser.stream().map(rec -> {
            double[] f = new double[featureCols.length];
            for (int i = 0; i < f.length; i++) {
                String v = cells.read(rec.get(featureCols[i]));
                f[i] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            }
            return new LabelledRow(cells.read(rec.get("id")), display, "line " + (rec.getRecordNumber() + 1),
                    groupCol == null ? "" : cells.read(rec.get(groupCol)), f, "",
                    labelCol == null ? null : cells.read(rec.get(labelCol)));
        }).onClose(() -> {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The table column for a field: the field itself or {@code meta.<field>}; null when no field is asked. */
    private static String column(Map<String, Integer> header, String field, String display) {
        if (field == null) {
            return null;
        }
        for (String c : List.of(field, "meta." + field)) {
            if (header.containsKey(c)) {
                return c;
            }
        }
        throw new ConfigException(display + ": feature table has no column '" + field + "' or 'meta." + field + "'");
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
