// The README example ran to its end, as a module (not on the class path).
def log = new File(basedir, 'build.log').text
[
    'Running in module com.example.lms',
    'L-001: certified until 2027-03-10T10:00:00Z',
    'refer because [high-distress, passive-ideation]: [Ask directly about suicide, Arrange a warm hand-off to a mental-health professional]',
    "unmeasured-competency: no assessment measures competency 'listening'",
].each { line -> assert log.contains(line): "the consumer's output lacks: " + line }
return true
