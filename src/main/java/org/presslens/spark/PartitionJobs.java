package org.presslens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.SparkContext;
import org.apache.spark.rdd.RDD;
import org.presslens.ingest.Slice;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs a slice task on one partition as a Spark job of its own, submitted without waiting (Spark's
 * {@code submitJob}): jobs get their ids, and their tasks their turn, in the order they are submitted here.
 */
final class PartitionJobs {
    private final SparkContext sc;
    private final RDD<Slice> slices;
    private final SliceTask task;

    /** Jobs over {@code slices} (one slice per partition), each running {@code task}. */
    PartitionJobs(SparkContext sc, RDD<Slice> slices, SliceTask task) {
        this.sc = sc;
        this.slices = slices;
        this.task = task;
    }

    /**
     * Submits one job over partitions {@code from} to {@code to} (exclusive); each partition's result completes its
     * future as soon as its task is done, whatever the other partitions of the job do.
     */
    List<CompletableFuture<SliceResult>> submit(int from, int to) {
        List<CompletableFuture<SliceResult>> results = new ArrayList<>(to - from);
        List<Object> ids = new ArrayList<>(to - from);
        for (int p = from; p < to; p++) {
            results.add(new CompletableFuture<>());
            ids.add(p);
        }
        sc.submitJob(slices, new RunTask(task), CollectionConverters.asScala(ids).toSeq(),
                new AbstractFunction2<Object, SliceResult, BoxedUnit>() {
                    @Override
                    public BoxedUnit apply(Object index, SliceResult r) {
                        // index: the partition's place in this job's list
                        results.get((Integer) index).complete(r);
                        return BoxedUnit.UNIT;
                    }
                }, new AbstractFunction0<BoxedUnit>() {
                    @Override
                    public BoxedUnit apply() {
                        return BoxedUnit.UNIT;
                    }
                }).onComplete(new AbstractFunction1<scala.util.Try<BoxedUnit>, BoxedUnit>() {
                    @Override
                    public BoxedUnit apply(scala.util.Try<BoxedUnit> done) {
                        if (done.isFailure()) {
                            results.forEach(r -> r.completeExceptionally(done.failed().get()));
                        }
                        return BoxedUnit.UNIT;
                    }
                }, scala.concurrent.ExecutionContext.global());
        return results;
    }

    /** The function a partition's task runs: the slice task on the partition's one slice. */
    private static final class RunTask extends AbstractFunction1<Iterator<Slice>, SliceResult> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SliceTask task;

        RunTask(SliceTask task) {
            this.task = task;
        }

        @Override
        public SliceResult apply(Iterator<Slice> partition) {
            return task.call(partition.next());
        }
    }
}
