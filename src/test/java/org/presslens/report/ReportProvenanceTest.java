package org.presslens.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.charts.ChartFormat;
import org.presslens.testing.SyntheticRun;

/** The models section: provenance as tables, paths relative to the run folder, never a .partial working folder. */
class ReportProvenanceTest {
    @TempDir
    Path tmp;

    @Test
    void provenanceIsTablesWithRunRelativePaths() throws Exception {
        Path run = SyntheticRun.write(tmp.resolve("run"), 3, false);
        String partial = tmp.resolve(".run.partial").toAbsolutePath().toString();
        // run.json as analyze writes it when the model came from a folder given on the command line
        String json = Files.readString(run.resolve("run.json"))
                .replace("\"dir\": \"models/reliability\"", "\"dir\": \"" + partial + "/models/reliability\"");
        Files.writeString(run.resolve("run.json"), json);
        String longList = "\"f1\", \"f2\", \"f3\", \"f4\", \"f5\", \"f6\", \"f7\", \"f8\", \"f9\", \"f10\", \"f11\", "
                + "\"f12\", \"f13\", \"last_feature_name\"";
        Files.writeString(run.resolve("models/reliability/provenance.json"), """
                {"presslens_version": "0.1.0", "created_at": "2024-05-01T00:00:00Z",
                 "label_scheme": {"multi_label": false, "labels": ["high", "mixed-or-low"], "delimiter": ";"},
                 "data": {"files": ["%s/train.jsonl", "../shared/datasets/x.jsonl.gz"], "sha256": "0123abcd",
                          "label_field": "reliability", "rows": 200, "label_counts": {"high": 120, "mixed-or-low": 80}},
                 "features": {"feature_set_hash": "beef", "feature_names": [%s],
                              "scaling": {"min": [0,0,0,0,0,0,0,0,0,0,0,0,0,0], "max": [1,1,1,1,1,1,1,1,1,1,1,1,1,1]}},
                 "trainer": {"classifier": "weka.classifiers.functions.Logistic", "options": "-R 1.0E-8 -M -1",
                             "seed": 1, "output": "%s/models/reliability"},
                 "evaluation": {"method": "grouped 5-fold cross-validation", "macro_f1": 0.68}}
                """.formatted(partial, longList, partial), StandardCharsets.UTF_8);
        RunReporter.write(run, ReportOptions.defaults().withFormats(EnumSet.noneOf(ChartFormat.class)));
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        String models = html.substring(html.indexOf("<section id=\"models\">"), html.indexOf("<section id=\"methods\">"));
        assertTrue(models.contains("Folder: models/reliability</p>"), models);
        assertFalse(models.replace(tmp.toString() + "/.run.partial", "").contains(".partial/"), models);
        assertFalse(models.contains(tmp.toString()), "no absolute temporary path: " + models);
        for (String h : new String[] {"<h5>Data source</h5>", "<h5>Features</h5>", "<h5>Trainer</h5>",
                "<h5>Evaluation (as recorded at training)</h5>"}) {
            assertTrue(models.contains(h), h);
        }
        assertTrue(models.contains("<th>label field</th><td class=\"wrap\">reliability</td>"), models);
        assertTrue(models.contains("train.jsonl, ../shared/datasets/x.jsonl.gz"), models);
        assertTrue(models.contains("<th>output</th><td class=\"wrap\">models/reliability</td>"), models);
        assertTrue(models.contains("14 items: f1, f2, f3, …"), models);
        assertTrue(models.contains("last_feature_name"), "the long list is complete, collapsed");
        assertTrue(models.contains("14 numbers (in provenance.json)"), models);
        assertTrue(models.contains("high: 120<br>mixed-or-low: 80"), models);
        assertTrue(models.contains("<details><summary>provenance.json in full</summary>"), models);
        assertFalse(models.contains(" …</td>"), "no cut-off JSON");
    }
}
