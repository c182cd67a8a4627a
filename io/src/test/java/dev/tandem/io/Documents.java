package dev.tandem.io;

/** Test documents: a small valid curriculum and a complete one touching every section of the format. */
final class Documents {

    private Documents() {
    }

    /** A minimal valid YAML curriculum; tests append or replace lines to make it invalid. */
    static final String MINIMAL = """
            tandem: 1
            id: demo
            version: 1.0.0
            title: Demo curriculum
            setting: school
            scales:
              - id: proficiency
                levels: [aware, proficient]
            competencies:
              - id: listening
                title: Listens actively
            modules:
              - id: m1
                title: Foundations
            assessments:
              - id: a1
                title: Listening quiz
                module: m1
                kind: quiz
                max-score: 10
                pass-score: 8
                measures:
                  - { competency: listening, level: proficient }
            """;

    /** A complete valid YAML curriculum using every field of the format. */
    static final String FULL = """
            tandem: 1
            id: community-peer-specialist
            version: 2.1.0
            title: Community Peer Specialist Certification
            description: "A programme: listening, crisis, ethics."
            setting: community
            language: en-GB
            attainment: latest
            scales:
              - id: proficiency
                levels: [aware, developing, proficient, advanced]
            domains:
              - id: crisis
                title: Crisis recognition and response
            competencies:
              - id: crisis.core
                title: Crisis response
                domain: crisis
              - id: crisis.warning-signs
                title: Recognises warning signs
                description: Of suicide and self-harm
                domain: crisis
                parent: crisis.core
                scale: proficiency
                indicators: [Asks directly about suicide]
                relations:
                  - { type: related, target: crisis.core }
              - id: crisis.escalation-judgement
                title: Escalates appropriately
                parent: crisis.core
            modules:
              - id: m1-foundations
                title: Foundations
                hours: 4.5
                delivery: virtual
              - id: m3-crisis
                title: Responding to a crisis
                hours: 6
                delivery: in-person
                requires: [m1-foundations]
                targets:
                  - { competency: crisis.warning-signs, level: developing }
            assessments:
              - id: a3-roleplay
                title: Observed crisis role-play
                module: m3-crisis
                kind: observation
                max-score: 10
                pass-score: 8
                max-attempts: 3
                valid-for: P2Y
                measures:
                  - { competency: crisis.warning-signs }
                bands:
                  - { min: 0.5, level: developing }
                  - { min: 0.8, level: proficient }
              - id: a4-triage
                title: Triage scenarios
                module: m3-crisis
                kind: scenario
                pass-score: 1
                measures: [{ competency: crisis.escalation-judgement, level: proficient }]
                vignettes:
                  - id: v1
                    prompt: A coworker mentions thoughts of ending their life.
                    signals: { suicidal-ideation: true, distress: 7.5 }
            certification:
              title: Certified Peer Specialist
              modules: all
              competencies:
                - { competency: crisis.warning-signs, level: proficient }
              practice: { hours: 40, within: P2Y }
            escalation:
              tiers:
                - { id: continue, title: Continue peer support }
                - { id: consult, title: Consult your supervisor today }
                - { id: emergency, title: Call emergency services now }
              default: continue
              signals:
                - { id: suicidal-ideation, type: flag }
                - { id: intent, type: flag }
                - { id: distress, type: scale, min: 0, max: 10 }
              rules:
                - id: imminent-risk
                  when: { all: [suicidal-ideation, intent] }
                  tier: emergency
                  actions: [Stay with the person, Call a crisis line]
                - id: high-distress
                  when: { any: [{ at-least: { distress: 7 } }, { count: { min: 1, of: [suicidal-ideation] } }] }
                  tier: consult
                  actions: [Consult your supervisor]
                - id: calm
                  when: { not: { at-most: { distress: 2 } } }
                  tier: continue
                  actions: []
            """;
}
