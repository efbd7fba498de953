import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';

/** The setter's qualification, question by question, with the score and the verdict. */
export function QualificationSummary({ appointment }: { appointment: AppointmentDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const qualification = appointment.qualification;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="qualification-title" h="100%">
      <Title order={2} size="h4" id="qualification-title" mb="xs">
        {t('agenda.qualification')}
      </Title>
      {!qualification ? (
        <Text c="dimmed">{t('agenda.noQualification')}</Text>
      ) : (
        <>
          <Group gap="xs" mb="sm">
            <Badge
              color={qualification.qualified ? statusColors.callable : statusColors.blocked}
              variant="light"
            >
              {qualification.qualified ? t('qualification.qualified') : t('qualification.notQualified')}
            </Badge>
            <Text size="sm">{t('qualification.score', { score: format.number(qualification.score) })}</Text>
            {qualification.interest && (
              <Text size="sm">
                {t('qualification.interest')}:{' '}
                {t(`interest.${qualification.interest}`, qualification.interest)}
              </Text>
            )}
          </Group>
          <dl className="answers">
            {qualification.answers.map((answer) => (
              <div key={answer.question}>
                <dt>{answer.question}</dt>
                <dd>{answer.answer || '—'}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </Paper>
  );
}
