package org.presslens.bench;

import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.RawDocument;
import org.presslens.text.NlpModels;

/**
 * The peer presslens is measured against: a plain OpenNLP pipeline over the same records — sentence detection,
 * the maxent tokenizer and POS tags on every sentence, the models shared and one set of {@code *ME} instances per
 * thread — with no cleaning, features, models or output. Its throughput is what "an OpenNLP pass over the corpus"
 * costs on the same machine in the same run.
 */
public final class OpenNlpPeer {
    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;

    /** The peer with presslens's sentence and POS models and OpenNLP's English tokenizer model. */
    public OpenNlpPeer(NlpModels models) {
        this.sentences = models.sentenceModel();
        this.pos = models.posModel();
        this.tokens = NlpModels.tokenizerModel();
    }

    /** What one pass did: documents and tokens tagged. */
    public record Result(long documents, long tokens) {
    }

    /** Runs the pipeline over every document of {@code items} on {@code threads} threads. */
    public Result run(Iterator<InputItem> items, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        Semaphore inFlight = new Semaphore(threads * 32);
        AtomicLong documents = new AtomicLong();
        AtomicLong tagged = new AtomicLong();
        try {
            while (items.hasNext()) {
                if (!(items.next() instanceof RawDocument d)) {
                    continue;
                }
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        tagged.addAndGet(workers.get().tag(d.text()));
                        documents.incrementAndGet();
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
        return new Result(documents.get(), tagged.get());
    }

    /** One thread's OpenNLP instances. */
    private final class Worker {
        private final SentenceDetectorME detector = new SentenceDetectorME(sentences);
        private final TokenizerME tokenizer = new TokenizerME(tokens);
        private final POSTaggerME tagger = new POSTaggerME(pos);

        long tag(String text) {
            long n = 0;
            for (String sentence : detector.sentDetect(text)) {
                String[] t = tokenizer.tokenize(sentence);
                tagger.tag(t);
                n += t.length;
            }
            return n;
        }
    }
}
