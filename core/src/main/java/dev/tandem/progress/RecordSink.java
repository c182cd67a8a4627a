package dev.tandem.progress;

/** Where {@link CompiledCurriculum#append} puts a record in compact form: a learner's log, or a cohort's columns. */
interface RecordSink {

    /**
     * Takes one record.
     *
     * @param kind           {@link RecordLog#ATTEMPT}, {@link RecordLog#COMPLETION}, {@link RecordLog#PRACTICE} or
     *                       {@link RecordLog#EDUCATION}
     * @param index          the assessment, module or topic index
     * @param underEscalated true for a scenario attempt that under-escalates
     * @param epochSecond    the instant's seconds
     * @param nano           the instant's nanoseconds
     * @param value          the score or hours
     */
    void add(int kind, int index, boolean underEscalated, long epochSecond, int nano, double value);
}
