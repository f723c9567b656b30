export interface TrainingTopicRow {
  pk: number;
  code: string;
  name: string;
  theme: string;
}

export interface TrainingTopicFilter {
  themes?: string[] | null;
}

export enum TrainingTopicOrderField {
  CODE = "CODE",
  NAME = "NAME",
}
