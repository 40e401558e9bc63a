package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.Settings;
import org.presslens.testing.ModelFolders;

class ClassifyCommandsTest {
    private static final String[] SPORT = {"match", "goal", "striker", "league", "coach", "season", "penalty"};
    private static final String[] POLITICS = {"minister", "vote", "parliament", "budget", "election", "senator", "bill"};
    private static final String[] COMMON = {"the", "a", "on", "said", "today", "after", "with", "new"};

    @TempDir
    Path tmp;

    /** A JSONL corpus written for this test: topic words decide the label; six outlets. */
    private Path corpus(String name, int n, long seed, boolean typo) throws Exception {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean sport = r.nextBoolean();
            String[] topic = sport ? SPORT : POLITICS;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                text.append(r.nextInt(3) == 0 ? topic[r.nextInt(topic.length)] : COMMON[r.nextInt(COMMON.length)])
                        .append(' ');
            }
            String label = sport ? "sport" : "politics";
            if (typo && i == 4) {
                label = "sprot";
            }
            sb.append(String.format("{\"id\":\"d%d\",\"outlet\":\"outlet%d\",\"text\":\"%s\",\"topic\":\"%s\"}%n",
                    i, i % 6, text.toString().strip(), label));
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void trainEvaluatePredictInspectEndToEnd() throws Exception {
        Path train = corpus("train.jsonl", 120, 1, false);
        Path test = corpus("test.jsonl", 40, 2, false);
        Path model = tmp.resolve("model");
        Run t = run("train", "--data", train.toString(), "--label", "topic", "--text-features", "--ngrams", "1",
                "--min-term-freq", "2", "--folds", "3", "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("grouped by outlet"), t.out());
        for (String f : List.of("model.bin", "vectorizer.bin", "header.arff", "provenance.json", "metrics.json",
                "metrics.csv", "skipped.csv")) {
            assertTrue(Files.isRegularFile(model.resolve(f)), f);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode metrics = json.readTree(model.resolve("metrics.json").toFile());
        assertTrue(metrics.get("accuracy").asDouble() > 0.9, metrics.toString());
        assertTrue(metrics.has("macro_f1"));
        JsonNode prov = json.readTree(model.resolve("provenance.json").toFile());
        assertEquals("liblinear", prov.get("trainer").get("classifier_name").asText(), "the default learner");
        assertEquals("rate", prov.get("trainer").get("cutoff_tuning").asText(), "the default cut-off tuning");
        assertEquals(0.5, prov.get("features").get("text").get("outlet_share").asDouble(), "the default filter");
        assertEquals(120, prov.get("data").get("rows").asInt());
        assertEquals(64, prov.get("data").get("sha256").asText().length());
        assertEquals("presslens train --data " + TrainCommand.projectRelative(train) + " --label topic --text-features "
                + "--ngrams 1 --min-term-freq 2 --folds 3 --out " + TrainCommand.projectRelative(model),
                prov.get("retrain_command").asText());
        assertEquals(List.of(TrainCommand.projectRelative(train)), List.of(prov.get("data").get("files").get(0).asText()));
        assertTrue(prov.get("retrain_command").asText().contains(" ../"), "relative to the project root, not "
                + "absolute: " + prov.get("retrain_command").asText());

        Path eval = tmp.resolve("eval");
        Run e = run("evaluate", "--model", model.toString(), "--data", test.toString(), "--label", "topic",
                "--out", eval.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(json.readTree(eval.resolve("metrics.json").toFile()).get("accuracy").asDouble() > 0.9, e.out());

        Path csv = tmp.resolve("pred.csv");
        Run p = run("predict", "--model", model.toString(), test.toString(), "--out", csv.toString());
        assertEquals(0, p.code(), p.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("id,outlet,pred.model,prob.model.politics,prob.model.sport", lines.get(0));
        assertEquals(41, lines.size());

        Run i = run("inspect", "--model", model.toString());
        assertEquals(0, i.code(), i.err());
        assertTrue(i.out().contains("most informative features (model):"), i.out());
        List<String> top = new ArrayList<>();
        for (String l : i.out().split("\n")) {
            if (l.startsWith("  0.") || l.startsWith("  1.")) {
                String[] cols = l.strip().split("\\s+");
                top.add(cols[1]);
                assertTrue(l.endsWith("highest in politics") || l.endsWith("highest in sport"), l);
            }
        }
        assertTrue(top.size() >= 3 && top.subList(0, 3).stream().noneMatch(w -> List.of(COMMON).contains(w.substring(5))),
                top + "\n" + i.out());
    }

    @Test
    void aLabelFieldNoRowHasIsNamedWithTheFieldsThatExist() throws Exception {
        Path train = corpus("fields.jsonl", 20, 3, false);
        Run t = run("train", "--data", train.toString(), "--label", "topics", "--out", tmp.resolve("none").toString());
        assertEquals(2, t.code(), t.err());
        assertTrue(t.err().contains("no row has a label in field 'topics'"), t.err());
        assertTrue(t.err().contains("fields in the data: ") && t.err().contains("topic"), t.err());
    }

    @Test
    void trainingTwiceWithTextFeaturesGivesIdenticalMetricsAndPredictions() throws Exception {
        Path train = corpus("train.jsonl", 90, 6, false);
        Path test = corpus("test.jsonl", 30, 7, false);
        List<String> results = new ArrayList<>();
        for (String name : List.of("m1", "m2")) {
            Path model = tmp.resolve(name).resolve("model"); // one name: predict's columns carry it
            Run t = run("train", "--data", train.toString(), "--label", "topic", "--text-features", "--folds", "3",
                    "--seed", "9", "--out", model.toString());
            assertEquals(0, t.code(), t.err());
            Path csv = tmp.resolve(name + ".csv");
            assertEquals(0, run("predict", "--model", model.toString(), test.toString(), "--out", csv.toString()).code());
            results.add(Files.readString(model.resolve("metrics.json")) + Files.readString(model.resolve("metrics.csv"))
                    + Files.readString(csv));
        }
        assertEquals(results.get(0), results.get(1));
    }

    @Test
    void tunedCutoffsAreRecordedAndAnUnknownTuningIsAUsageError() throws Exception {
        Path train = corpus("train.jsonl", 120, 8, false);
        Path model = tmp.resolve("tuned");
        Run t = run("train", "--data", train.toString(), "--label", "topic", "--text-features", "--ngrams", "1",
                "--folds", "3", "--tune-cutoffs", "per-label", "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        JsonNode cutoffs = new ObjectMapper().readTree(model.resolve("provenance.json").toFile()).get("trainer")
                .get("decision_cutoffs");
        assertEquals(1.0, cutoffs.get("politics").asDouble() + cutoffs.get("sport").asDouble(), 1e-9, cutoffs.toString());
        Run i = run("inspect", "--model", model.toString());
        assertTrue(i.out().contains("decision cut-offs: {politics=" + cutoffs.get("politics").asDouble()), i.out());

        Run bad = run("train", "--data", train.toString(), "--label", "topic", "--text-features", "--tune-cutoffs",
                "micro", "--out", tmp.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertEquals("presslens train: error: --tune-cutoffs: unknown cut-off tuning 'micro' (expected shared, "
                + "per-label, rate or none)\n", bad.err());
    }

    @Test
    void foldersAreTrainedOnAndPredictedLikeAnalyzeReadsThem() throws Exception {
        // the bundled sample corpus: txt, html and jsonl files with labels in a _metadata.csv sidecar
        Path folder = Path.of("src/main/resources/sample-corpus");
        Path model = tmp.resolve("folder-model");
        Run t = run("train", "--data", folder.toString(), "--label", "reliability", "--folds", "3",
                "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        JsonNode prov = new ObjectMapper().readTree(model.resolve("provenance.json").toFile());
        assertEquals(36, prov.get("data").get("rows").asInt());
        assertEquals(64, prov.get("data").get("sha256").asText().length());
        Path csv = tmp.resolve("folder.csv");
        Run p = run("predict", "--model", model.toString(), folder.toString(), "--out", csv.toString());
        assertEquals(0, p.code(), p.err());
        assertEquals(37, Files.readAllLines(csv, StandardCharsets.UTF_8).size());
        Run missing = run("predict", "--model", model.toString(), tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertEquals("presslens predict: error: " + tmp.resolve("nowhere") + ": input not found\n", missing.err());
    }

    @Test
    void aTypoInTheLabelsIsAUsageErrorNamingFileLineAndValue() throws Exception {
        Path train = corpus("typo.jsonl", 20, 3, true);
        Run t = run("train", "--data", train.toString(), "--label", "topic", "--classes", "politics,sport",
                "--text-features", "--out", tmp.resolve("m").toString());
        assertEquals(2, t.code());
        assertEquals("presslens train: error: " + train + " line 5: label 'sprot' not in [politics, sport]\n", t.err());
    }

    @Test
    void anExistingModelFolderIsNotOverwrittenSilently() throws Exception {
        Path train = corpus("t.jsonl", 20, 4, false);
        Path out = tmp.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "x");
        Run t = run("train", "--data", train.toString(), "--label", "topic", "--text-features",
                "--out", out.toString());
        assertEquals(2, t.code());
        assertEquals("presslens train: error: " + out + ": folder exists and is not empty (use --overwrite)\n", t.err());
    }

    @Test
    void aRefusedModelFileIsAUsageErrorOfOneLineAndAnalyzeStartsNoWork() throws Exception {
        Path train = corpus("train.jsonl", 40, 10, false);
        Path model = tmp.resolve("shared-model");
        Run t = run("train", "--data", train.toString(), "--label", "topic", "--folds", "0", "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        String trained = ModelFolders.sha256(model, "model.bin");
        byte[] b = Files.readAllBytes(model.resolve("model.bin"));
        b[b.length - 20] ^= 1;
        Files.write(model.resolve("model.bin"), b);
        String tampered = model.resolve("model.bin") + ": refused: its SHA-256 is " + Settings.sha256(b)
                + " but provenance.json records " + trained + ": it is not the file this model was trained with";
        for (List<String> args : List.of(List.of("predict", "--model", model.toString(), train.toString()),
                List.of("inspect", "--model", model.toString()),
                List.of("evaluate", "--model", model.toString(), "--data", train.toString(), "--label", "topic"))) {
            Run r = run(args.toArray(new String[0]));
            assertEquals(2, r.code(), r.err());
            assertEquals("presslens " + args.get(0) + ": error: " + tampered + "\n", r.err());
        }
        // a truncated file whose hash is recorded (said "cannot read model: null" before): refused before any work
        ModelFolders.plant(model, "model.bin", java.util.Arrays.copyOf(b, b.length / 2));
        Path out = tmp.resolve("run");
        Run a = run("analyze", train.toString(), "--model", model.toString(), "--out", out.toString());
        assertEquals(2, a.code(), a.err());
        assertEquals("presslens analyze: error: " + model.resolve("model.bin")
                + ": truncated: the file ends before the serialized object does\n", a.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void evaluateByOutletWritesEveryOutletAndWarnsAboutTrainingArticles() throws Exception {
        Path train = corpus("train.jsonl", 120, 1, false);
        Path test = corpus("test.jsonl", 40, 2, false);
        Path model = tmp.resolve("model");
        assertEquals(0, run("train", "--data", train.toString(), "--label", "topic", "--min-term-freq", "2",
                "--folds", "0", "--out", model.toString()).code());
        Path eval = tmp.resolve("eval");
        Run e = run("evaluate", "--model", model.toString(), "--data", test.toString(), "--label", "topic",
                "--by-outlet", "--out", eval.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("by outlet: 6 outlets"), e.out());
        assertFalse(e.out().contains("warning:"), "no test article was a training article: " + e.out());
        assertTrue(e.out().contains("training"), "rates: " + e.out());
        List<String> rows = Files.readAllLines(eval.resolve("by-outlet.csv"), StandardCharsets.UTF_8);
        assertEquals("outlet,articles,label,accuracy,mean_p.politics,mean_p.sport", rows.get(0));
        assertEquals(7, rows.size());
        assertEquals(40, rows.subList(1, 7).stream().mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum());

        Run again = run("evaluate", "--model", model.toString(), "--data", train.toString(), "--label", "topic");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("warning: 120 of the 120 articles scored were in the model's training data"),
                again.out());
    }
}
