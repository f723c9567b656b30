// bench:graphql — side-by-side GraphQL benchmark (work in progress).
export {};
