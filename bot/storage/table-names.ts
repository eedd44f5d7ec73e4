/** Names of the Azure tables the bot uses. */
export const TABLES = { conversations: 'conversations', feedback: 'feedback' } as const;
