// The operations GraphiQL opens with, so a newcomer can press play at once. Each runs on the sample articles.
import { encodeGlobalID } from "@pothos/plugin-relay";

const BELARUS = encodeGlobalID("State", "BY");

export const EXAMPLE_OPERATIONS: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: "Who said what about the CSTO",
    query: `# Who said what about the CSTO? Names match any alias, case-insensitively
# ("CSTO", "Collective Security Treaty Organization").
query WhoSaidWhatAboutTheCSTO {
  statements(where: { aboutTreaty: "CSTO" }, first: 10) {
    totalCount
    edges {
      node {
        text
        direct
        speaker { __typename ... on Person { name } ... on State { name } ... on Organization { name } }
        speakerText
        aboutTreaties { name }
        article { title source publishedAt }
        start
        end
      }
    }
  }
}
`,
  },
  {
    title: "A person's statements",
    query: `# A person by name or alias, the offices they hold and what they said.
query PersonStatements($name: String!) {
  person(name: $name) {
    id
    name
    aliases
    offices { title state { name } }
    statements(first: 5) {
      totalCount
      edges { node { text direct aboutTreaties { name } aboutStates { name } article { title } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`,
    variables: { name: "Lukashenko" },
  },
  {
    title: "The graph around Belarus",
    query: `# Nodes and edges around Belarus, ready for Cytoscape.js / sigma.js / vis-network.
# Node ids are the same global ids as Node.id and node(id:).
query GraphAroundBelarus($focus: [ID!]!) {
  state(name: "Belarus") { id name isoCode treaties { name } leaders { title person { name } } }
  graph(focus: $focus, depth: 1, limit: 100) {
    truncated
    nodes { id type label }
    edges { id type source target }
  }
}
`,
    variables: { focus: [BELARUS] },
  },
  {
    title: "CSTO members",
    query: `query CSTOMembers {
  treaty(name: "CSTO") { id name aliases kind members { name isoCode } }
}
`,
  },
  {
    title: "Search",
    query: `query Search {
  search(text: "security treaty", first: 10) {
    score
    type
    node { id ... on Person { name } ... on Treaty { name } ... on State { name } ... on Statement { text } }
  }
}
`,
  },
];
