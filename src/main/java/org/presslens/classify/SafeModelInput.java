package org.presslens.classify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deserializes the one object of a model file's bytes, building only the classes a Weka model is made of and
 * within limits, so that an untrusted file cannot run code or exhaust memory while it is read.
 *
 * <p><b>Classes</b> ({@link #refusal(String)}); a class is checked by name before it is loaded, and again by the
 * {@link ObjectInputFilter} for the arrays the JDK collections allocate:
 * <ul>
 *   <li>JDK: exactly {@link #JDK} — boxed numbers, strings and string buffers, enums, {@code ArrayList},
 *       {@code Vector}, {@code HashMap}, {@code LinkedHashMap}, {@code Hashtable}, {@code BitSet}, {@code Random},
 *       {@code File} (a path only: StringToWordVector keeps an unused stop-word file) — plus arrays of
 *       primitives and of allowed classes. These are the JDK classes found in every model presslens trains
 *       (all named learners, single- and multi-label, with and without text features, selection and class
 *       balancing) and in the models of 34 Weka learners tried with {@code --weka} (Bayes nets, IBk, MLP,
 *       JRip, PART, LMT, Hoeffding trees, AdaBoost, Bagging, Stacking, Vote, ...). Every other JDK class is
 *       refused: the known deserialization gadgets ({@code java.net.URL} keyed in a {@code HashMap}: URLDNS;
 *       {@code HashSet}, {@code TreeMap}, {@code PriorityQueue}, proxies, lambdas, {@code javax.management},
 *       ...) all need one. {@code HashMap} and {@code Hashtable}, the carriers of such gadgets, hash their keys
 *       while they are read; they are safe here only because every key class they can meet is on the list
 *       too, and nested ones are bounded below.</li>
 *   <li>Weka: the packages of learners, filters and their parts ({@link #WEKA}), so that a model trained with
 *       any Weka classifier ({@code --weka}) loads; {@code train} reads every model file back through this
 *       class before writing it, so a learner that needs another class is refused when it is trained, not
 *       when it is shared. Weka 3.8.6's bytecode was searched for deserialization hooks ({@code readObject},
 *       {@code readResolve}, {@code readExternal}, {@code validateObject}): there are none in these packages
 *       (only in {@code weka.gui} and {@code weka.experiment}). It was searched too for classes that read files,
 *       deserialize or load classes named by their own fields when they predict; those are refused
 *       ({@link #WEKA_REFUSED}: {@code SerializedClassifier}, {@code InputMappedClassifier},
 *       {@code AddClassification}, {@code AddCluster}, {@code NumericTransform}, file-based stop words,
 *       precomputed kernel files, {@code SerializedObject}, {@code Debug}), with the packages of loaders,
 *       scripting, expressions (whose {@code java} macro calls any static method), PMML and the package
 *       manager.</li>
 *   <li>presslens: {@link WordNGramTokenizer}.</li>
 *   <li>LIBLINEAR: exactly {@link #LIBLINEAR}, the weights and solver type of a {@code LibLINEAR} model (its
 *       2.44 bytecode has no {@code readObject}, {@code readResolve} or {@code readExternal}).</li>
 * </ul>
 *
 * <p><b>Limits</b> (measured maxima in brackets: the two shipped models; a 100-tree random forest trained by
 * presslens on 30,000 rows of 60 features, the largest and deepest model measured, 47 MB):
 * <ul>
 *   <li>{@link #MAX_BYTES} = 1 GiB per file [2.6 MB shipped, 47 MB forest], also checked before reading;</li>
 *   <li>{@link #MAX_DEPTH} = 400 nested objects [8 shipped, 140 forest]; it keeps reading within the default
 *       1 MB thread stack, which holds about 500 levels of nested maps;</li>
 *   <li>{@link #MAX_REFS} = 100 million objects and back-references [282,393 shipped, 4.5 million forest];</li>
 *   <li>{@link #MAX_ARRAY} = 2<sup>24</sup> elements per array [32,768 shipped];</li>
 *   <li>all arrays together at most {@link #ARRAY_ELEMENTS_PER_BYTE} elements per byte of the file plus
 *       {@link #ARRAY_ELEMENTS_BASE} [at most 0.30 per byte in the models measured]: an array is allocated at
 *       the length the stream claims before its elements are read, yet each element takes at least one byte of
 *       a real file, so a file cannot make the reader allocate much more than its own size (a few bytes claiming
 *       a {@code long[]} of 2<sup>31</sup> - 1 elements, 16 GiB, are refused);</li>
 *   <li>a collection that holds more collections, counting a shared one each time, than the stream has
 *       collections so far (plus {@link #EXPANSION_SLACK}) is refused: only collections shared inside one another
 *       do that, and hashing them (a {@code HashMap} keyed by such maps, the shape of the "nested sets" attack)
 *       takes time exponential in a few kilobytes; no model measured shares a collection that way.</li>
 * </ul>
 * What the limits leave: a crafted file can still cost CPU time polynomial in its size (a map whose keys are
 * many references to one large list, or many keys of one hash), but no code of its choosing runs, and memory
 * stays proportional to its size.
 */
final class SafeModelInput extends ObjectInputStream {
    static final long MAX_BYTES = 1L << 30;
    static final int MAX_DEPTH = 400;
    static final long MAX_REFS = 100_000_000L;
    static final int MAX_ARRAY = 1 << 24;
    static final long ARRAY_ELEMENTS_PER_BYTE = 4;
    static final long ARRAY_ELEMENTS_BASE = 1 << 16;
    static final long EXPANSION_SLACK = 1_000;

    /** The JDK classes a model may hold (arrays of them and of primitives are allowed too). */
    static final Set<String> JDK = Set.of(
            "java.lang.Boolean", "java.lang.Byte", "java.lang.Character", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Number", "java.lang.String",
            "java.lang.StringBuffer", "java.lang.StringBuilder", "java.lang.Enum",
            "java.util.ArrayList", "java.util.Vector", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.Hashtable", "java.util.BitSet", "java.util.Random", "java.io.File");
    /** Element types only arrays may have: the tables of {@code ArrayList}, {@code HashMap}, {@code Hashtable}. */
    private static final Set<String> ARRAY_ONLY = Set.of("java.lang.Object", "java.util.Map$Entry");
    /** Weka packages a model may hold classes of. */
    static final List<String> WEKA = List.of("weka.classifiers.", "weka.filters.", "weka.attributeSelection.",
            "weka.estimators.", "weka.clusterers.", "weka.core.");
    /** Weka packages and classes refused although inside {@link #WEKA} (prefixes). */
    static final List<String> WEKA_REFUSED = List.of(
            "weka.core.converters.", "weka.core.expressionlanguage.", "weka.core.json.", "weka.core.logging.",
            "weka.core.metastore.", "weka.core.packageManagement.", "weka.core.pmml.", "weka.core.scripting.",
            "weka.core.xml.", "weka.classifiers.pmml.", "weka.classifiers.xml.",
            "weka.core.SerializedObject", "weka.core.Debug",
            "weka.core.stopwords.AbstractFileBasedStopwords", "weka.core.stopwords.WordsFromFile",
            "weka.core.stopwords.RegExpFromFile",
            "weka.classifiers.misc.SerializedClassifier", "weka.classifiers.misc.InputMappedClassifier",
            "weka.classifiers.functions.supportVector.PrecomputedKernelMatrixKernel",
            "weka.filters.supervised.attribute.AddClassification", "weka.filters.unsupervised.attribute.AddCluster",
            "weka.filters.unsupervised.attribute.NumericTransform",
            "weka.filters.unsupervised.attribute.KernelFilter");
    private static final Set<String> PRESSLENS = Set.of(WordNGramTokenizer.class.getName());
    /**
     * Classes of the LIBLINEAR library that Weka's {@code LibLINEAR} wrapper keeps in a trained model: the weights
     * ({@code Model}: arrays of numbers, no deserialization hook) and the solver enum. Nothing else of the
     * library (problems, solvers, file readers) is allowed.
     */
    static final Set<String> LIBLINEAR = Set.of("de.bwaldvogel.liblinear.Model", "de.bwaldvogel.liblinear.SolverType");

    /** Why a model file was refused, as a message. */
    static final class Refused extends InvalidObjectException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    private final Class<?> rootType;
    private final long arrayBudget;
    private final Map<Object, Long> expanded = new IdentityHashMap<>();
    private long arrayElements;
    private long collections;
    private boolean rootChecked;
    private String refusal;

    private SafeModelInput(byte[] bytes, Class<?> rootType) throws IOException {
        super(new ByteArrayInputStream(bytes));
        this.rootType = rootType;
        this.arrayBudget = ARRAY_ELEMENTS_PER_BYTE * bytes.length + ARRAY_ELEMENTS_BASE;
        setObjectInputFilter(this::check);
        enableResolveObject(true);
    }

    /**
     * The object serialized in {@code bytes}, a whole model file.
     *
     * @param type what it must be (checked on the first class of the stream, before anything is built)
     * @throws Refused when the stream holds a class not allowed, the wrong type, or exceeds a limit
     * @throws IOException when the bytes are not a complete serialized object
     * @throws ClassNotFoundException when an allowed class is missing from this build
     */
    static <T> T read(byte[] bytes, Class<T> type) throws IOException, ClassNotFoundException {
        try (SafeModelInput in = new SafeModelInput(bytes, type)) {
            Object o;
            try {
                o = in.readObject();
            } catch (InvalidClassException e) {
                throw in.refusal != null ? new Refused(in.refusal) : e;
            } catch (StackOverflowError e) {
                throw new Refused("objects nested too deeply for the thread's stack");
            }
            if (!type.isInstance(o)) {
                throw new Refused("holds " + describe(o == null ? null : o.getClass()) + ", not " + describe(type));
            }
            return type.cast(o);
        }
    }

    /** Why a class may not be in a model file, or {@code null} when it may. */
    static String refusal(String className) {
        String element = className;
        while (element.startsWith("[")) {
            element = element.substring(1);
        }
        boolean array = element.length() < className.length();
        if (array && element.length() == 1) {
            return "ZBCSIJFD".contains(element) ? null : "class " + className + " is not allowed in a model file";
        }
        if (array && element.startsWith("L") && element.endsWith(";")) {
            element = element.substring(1, element.length() - 1);
        }
        boolean ok = JDK.contains(element) || PRESSLENS.contains(element) || LIBLINEAR.contains(element) || (array && ARRAY_ONLY.contains(element))
                || (WEKA.stream().anyMatch(element::startsWith)
                        && WEKA_REFUSED.stream().noneMatch(element::startsWith));
        return ok ? null : "class " + className + " is not allowed in a model file";
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        String why = refusal(desc.getName());
        if (why != null) {
            throw new Refused(why);
        }
        return super.resolveClass(desc);
    }

    @Override
    protected Class<?> resolveProxyClass(String[] interfaces) throws IOException {
        throw new Refused("proxy classes are not allowed in a model file");
    }

    private ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            return reject("objects nested more than " + MAX_DEPTH + " deep");
        }
        if (info.references() > MAX_REFS) {
            return reject("more than " + MAX_REFS + " objects and references");
        }
        if (info.streamBytes() > MAX_BYTES) {
            return reject("more than " + MAX_BYTES + " bytes");
        }
        Class<?> c = info.serialClass();
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String why = refusal(c.getName());
        if (why != null) {
            return reject(why);
        }
        if (info.arrayLength() >= 0) {
            if (info.arrayLength() > MAX_ARRAY) {
                return reject("an array of " + info.arrayLength() + " elements (at most " + MAX_ARRAY + ")");
            }
            arrayElements += info.arrayLength();
            if (arrayElements > arrayBudget) {
                return reject(String.format(Locale.ROOT, "arrays of %d elements in all, more than a file of this "
                        + "size can hold (at most %d)", arrayElements, arrayBudget));
            }
        }
        if (!rootChecked && info.depth() == 1) {
            rootChecked = true;
            if (!rootType.isAssignableFrom(c)) {
                return reject("holds " + describe(c) + ", not " + describe(rootType));
            }
        }
        return ObjectInputFilter.Status.ALLOWED;
    }

    private ObjectInputFilter.Status reject(String why) {
        if (refusal == null) {
            refusal = why;
        }
        return ObjectInputFilter.Status.REJECTED;
    }

    /**
     * Counts, for each collection or map as it is completed, the collections below it with a shared one counted
     * each time it occurs, and refuses one whose count exceeds the collections read so far (which a collection
     * that shares none cannot).
     */
    @Override
    protected Object resolveObject(Object obj) throws IOException {
        if (isCollection(obj)) {
            collections++;
            long below = 0;
            if (obj instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    below += nested(e.getKey()) + nested(e.getValue());
                    expansionCheck(below);
                }
            } else {
                for (Object child : (Collection<?>) obj) {
                    below += nested(child);
                    expansionCheck(below);
                }
            }
            if (below > 0) {
                expanded.put(obj, below);
            }
        }
        return obj;
    }

    private void expansionCheck(long below) throws Refused {
        if (below > collections + EXPANSION_SLACK) {
            throw new Refused("collections shared inside one another: one holds " + below + " collections, "
                    + "counting repeats, more than the " + collections + " read so far");
        }
    }

    /** The collections an element counts for: itself and those below it, or 0 for anything else. */
    private long nested(Object o) {
        return isCollection(o) ? 1 + expanded.getOrDefault(o, 0L) : 0;
    }

    /** Whether an object is a collection or map (by class, cached: interface checks cost a third of the reading). */
    private static boolean isCollection(Object o) {
        return o != null && COLLECTION.get(o.getClass());
    }

    private static final ClassValue<Boolean> COLLECTION = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            return Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
        }
    };

    private static String describe(Class<?> c) {
        if (c == null) {
            return "nothing";
        }
        if (weka.classifiers.Classifier.class.equals(c)) {
            return "a Weka classifier";
        }
        return "a " + c.getName();
    }
}
