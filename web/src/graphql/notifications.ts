import { graphql } from "../gql";

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    read
    createdAt
    actor { id name email }
    task { id title workspace { id name } board { id } }
    comment { id body }
  }
`);

export const InboxQuery = graphql(`
  query Inbox {
    unreadNotificationCount
    notifications(first: 50) { edges { node { ...NotificationFields } } }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded { ...NotificationFields }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { unreadCount notifications { id read } }
  }
`);
