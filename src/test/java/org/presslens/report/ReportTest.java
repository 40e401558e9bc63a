package org.presslens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.charts.ChartFormat;
import org.presslens.testing.SyntheticRun;

/** report.html: self-contained, escaped, deterministic, and loaded by a real headless browser. */
class ReportTest {
    @TempDir
    static Path run;
    static String html;
    static ReportResult result;
    static final ReportOptions OPTS = ReportOptions.defaults().withFormats(EnumSet.noneOf(ChartFormat.class));

    @BeforeAll
    static void writeReport() throws Exception {
        SyntheticRun.write(run, 7, true);
        Files.writeString(run.resolve("skipped.csv"), "source,record,reason\n"
                + "in/<b>bad</b>.txt,,\"binary file: <script>alert('x')</script>\"\n"
                + "in/a.jsonl,line 3,\"malformed JSON: unexpected end\"\n", StandardCharsets.UTF_8);
        result = RunReporter.write(run, OPTS);
        html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheTablesAndTheReport() {
        assertEquals(run.resolve("report.html"), result.report());
        for (String f : List.of("outlets.csv", "tests.csv", "keyness.csv", "timeseries.csv")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        assertTrue(Files.isRegularFile(run.resolve("charts/profile.csv")));
        assertEquals(63, result.articles());
        assertEquals(5, result.outlets());
    }

    @Test
    void isSelfContained() {
        Matcher external = Pattern.compile("(?i)(?:src|href|action|poster)\\s*=\\s*[\"']?\\s*(?:https?:)?//").matcher(html);
        assertFalse(external.find(), () -> "external reference: " + html.substring(external.start(),
                Math.min(html.length(), external.start() + 80)));
        assertFalse(Pattern.compile("(?i)url\\(|@import|<script|<link|<iframe|<object").matcher(html).find());
        Matcher img = Pattern.compile("<img [^>]*src=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            assertTrue(img.group(1).startsWith("data:image/png;base64,"), img.group(1).substring(0, 30));
            images++;
        }
        assertEquals(23, images); // with timeseries-share
    }

    @Test
    void embeddedChartsArePngs() throws Exception {
        Matcher img = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        assertTrue(img.find());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
        assertNotNull(png);
        assertEquals(1000, png.getWidth());
        assertEquals(600, png.getHeight());
    }

    @Test
    void escapesEverythingFromTheData() {
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("binary file: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("in/&lt;b&gt;bad&lt;/b&gt;.txt"));
        assertTrue(html.contains("The Northern Provinces Evening Chronicle &amp; Weekly Observer"));
        assertFalse(html.contains("Chronicle & Weekly"));
    }

    @Test
    void hasEverySection() {
        for (String id : List.of("summary", "outlets", "comparison", "charts", "models", "methods", "files")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(html.contains("<td>binary file</td><td class=\"num\">1</td>"));
        assertTrue(html.contains("Tiny Gazette (3)"));
        assertTrue(html.contains("<td>framing-diplomacy</td><td>1.0</td>"));
        assertTrue(html.contains("weka.classifiers.functions.Logistic"));
        assertTrue(html.contains("id=\"chart-confusion-reliability\""));
        assertTrue(html.contains("2,000 resamples") || html.contains("2000 resamples"));
    }

    @Test
    void methodsDefineAttributionAndQuotesWithoutDevelopmentNotes() {
        String methods = html.substring(html.indexOf("<section id=\"methods\">"), html.indexOf("<section id=\"files\">"));
        assertTrue(methods.contains("<h3>Attribution and quote definitions</h3>"), "attribution heading");
        assertTrue(methods.contains("<h4>Attribution and quoted sources</h4>"), "attribution docs embedded");
        assertTrue(methods.contains("<h4>presslens features</h4>"), "feature docs embedded");
        for (String dev : List.of("load average", "-core machine", "articles/s", "ms per article", "Benchmark: PolNeAR", ">Benchmarks<",
                "Measured (")) {
            assertFalse(methods.contains(dev), dev);
        }
    }

    @Test
    void modelsShowTrainingAndPredictedRatesAndWarnAboutTrainingArticles() {
        assertTrue(html.contains("<td>high</td><td class=\"num\">0.750</td><td class=\"num\">0.800</td><td "
                + "class=\"num\">0.774</td><td class=\"num\">0.600</td><td class=\"num\">0.660</td>"), "rates");
        assertTrue(html.contains("<strong>Warning:</strong> 5 of the 63 analysed articles were in this model's "
                + "training data"), "overlap warning");
        assertEquals(1, html.split("<strong>Warning:</strong>", -1).length - 1, "only the model with overlap warns");
    }

    @Test
    void sameRunGivesTheSameBytes() throws Exception {
        byte[] before = Files.readAllBytes(run.resolve("report.html"));
        byte[] tests = Files.readAllBytes(run.resolve("tests.csv"));
        RunReporter.write(run, OPTS);
        assertArrayEquals(before, Files.readAllBytes(run.resolve("report.html")));
        assertArrayEquals(tests, Files.readAllBytes(run.resolve("tests.csv")));
    }

    /** Debian's chromium; on CI (CI=true) its absence is a failure, elsewhere the test is skipped. */
    static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "chromium");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("chromium is not installed: CI must install it (.ci/run does: apt-get install -y chromium)");
        }
        Assumptions.abort("chromium not installed; install it with apt-get install -y chromium");
        return null;
    }

    private static List<String> browse(Path chromium, Path profile, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-extensions", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 180 s");
        }
        String stderr = Files.readString(err);
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + stderr);
        return List.of(Files.readString(out), stderr);
    }

    @Test
    void loadsInAHeadlessBrowserWithoutErrors(@TempDir Path tmp) throws Exception {
        Path chromium = chromium();
        String url = run.resolve("report.html").toUri().toString();
        List<String> dom = browse(chromium, tmp.resolve("profile"), "--dump-dom", url);
        assertTrue(dom.get(0).contains("<section id=\"methods\">"), "DOM lacks the methods section");
        assertTrue(dom.get(0).contains("</html>"));
        for (String bad : List.of("Failed to load resource", "net::ERR_", "Uncaught", "Refused to")) {
            assertFalse(dom.get(1).contains(bad), () -> "browser reported: " + bad + "\n" + dom.get(1));
        }
        Path shot = tmp.resolve("shot.png");
        browse(chromium, tmp.resolve("profile"), "--screenshot=" + shot, "--window-size=1200,2400", url);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertNotNull(img, "no screenshot");
        assertEquals(1200, img.getWidth());
        // the header bar is drawn in the report's dark blue: the page rendered, not a blank or error page
        assertEquals(0x0b3d63, img.getRGB(5, 5) & 0xffffff);
    }
}
