import { graphql } from "../gql";

export const BoardsQuery = graphql(`
  query Boards($id: ID!) {
    workspace(id: $id) { id myRole boards { id name position archived } }
  }
`);

export const CreateBoardMutation = graphql(`
  mutation CreateBoard($input: CreateBoardInput!) {
    createBoard(input: $input) { id name position archived workspace { id } }
  }
`);

export const RenameBoardMutation = graphql(`
  mutation RenameBoard($input: RenameBoardInput!) {
    renameBoard(input: $input) { id name }
  }
`);

export const ArchiveBoardMutation = graphql(`
  mutation ArchiveBoard($input: ArchiveBoardInput!) {
    archiveBoard(input: $input) { id archived }
  }
`);
