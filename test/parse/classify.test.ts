import { decide } from '../../src/parse/classify/decide';
import { forgetReadings, signalsOf, takesStance } from '../../src/parse/classify/signals';
import type { Status } from '../../src/parse/types';

/** One case per rule of DESIGN.md's status taxonomy, in wordings the bundled letters do not use. */
const CASES: Array<[string, string[], Status]> = [
  [
    'a claim that the recommendation is met, with nothing left',
    ['This recommendation has been fully implemented.'],
    'Complete',
  ],
  [
    'every relevant officer has done the training',
    ['All relevant officers have now completed the Hydra package.'],
    'Complete',
  ],
  ['a status cell saying complete', ['Complete'], 'Complete'],
  [
    'completion with work remaining',
    ['The plan is complete.', 'Further work remains to embed it in districts.'],
    'In progress',
  ],
  [
    'completion but more to roll out',
    ['Phase one has been completed and phase two will be delivered next year.'],
    'In progress',
  ],
  [
    'a present progressive action',
    ['The force is rolling out the modules to response teams.'],
    'In progress',
  ],
  ['a perfect tense action', ['The intelligence unit has introduced a new submission form.'], 'In progress'],
  [
    'partial completion',
    ['Over half of frontline officers have completed the modules so far.'],
    'In progress',
  ],
  [
    'something in place and more promised',
    ['A tasking process is in place.', 'It will be extended to custody.'],
    'In progress',
  ],
  ['a future action', ['The force will issue guidance to all officers.'], 'Planned'],
  ['an intention', ['The constabulary intends to add the modules to its mandatory training.'], 'Planned'],
  ['a plan waiting on something', ['Delivery of the course is subject to funding being agreed.'], 'Planned'],
  [
    '"is looking to", which is intention though progressive',
    ['The unit is looking to appoint an analyst.'],
    'Planned',
  ],
  [
    'mostly promises with one small thing begun',
    [
      'We will appoint a lead.',
      'We will write guidance.',
      'Training will follow.',
      'Other processes are being reviewed.',
    ],
    'Planned',
  ],
  ['acceptance with no action', ['The force accepts this recommendation.'], 'Acknowledged'],
  [
    'a description of what exists, no action',
    ['There is a range of courses available to staff.'],
    'Acknowledged',
  ],
  [
    'a refusal with its reason',
    ['The force does not accept this recommendation, as its existing process already meets the need.'],
    'Not accepted',
  ],
  [
    '"will not" adopt',
    ['We will not be adopting the package because a regional course covers it.'],
    'Not accepted',
  ],
  ['a status cell saying rejected', ['Rejected', 'Our own course is equivalent.'], 'Not accepted'],
  [
    'a judgement that the recommendation is met',
    ['The Constabulary regards this recommendation as met, and I agree.'],
    'Complete',
  ],
  [
    'an audit that found it done in every case',
    ['An audit of every referral found an intelligence submission in all 47 cases.'],
    'Complete',
  ],
  [
    'everyone done, with nothing further needed',
    ['All 412 officers in those roles had completed all four modules, and no further action is needed.'],
    'Complete',
  ],
  [
    'an action done in the past passive',
    ['A new submission template was launched on 2 June 2025.'],
    'In progress',
  ],
  [
    'part of the people done',
    [
      'Eleven of the thirty-one inspectors completed the exercise in May.',
      'The remaining twenty will attend over the winter.',
    ],
    'In progress',
  ],
  [
    'a Board that will receive a report is oversight, not a plan',
    [
      'All relevant staff have completed the modules.',
      'The Board will receive a further report in January 2026.',
    ],
    'Complete',
  ],
  [
    '"no work has started yet" is work remaining, not progress',
    [
      'No work has started yet because the force is waiting on national guidance.',
      'The force intends to write a procedure.',
    ],
    'Planned',
  ],
  [
    'keeping a process as it is, after it is met, is not work to come',
    ['The force considers the recommendation fully met and will keep the process as it is.'],
    'Complete',
  ],
  [
    'a recommendation signed off as delivered',
    [
      'An audit found full compliance and the Chief Constable has signed the recommendation off as delivered.',
    ],
    'Complete',
  ],
  [
    'monitoring alone after completion',
    ['All relevant staff have completed the modules.', 'Compliance will be monitored by the training board.'],
    'Complete',
  ],
  [
    'sentences about the inspection itself are set aside',
    ['The inspectorate found that forces were inconsistent.', 'The force will write procedural guidance.'],
    'Planned',
  ],
  [
    'a decision taken about work to come is a plan',
    ['The chief officer group has agreed that the course will be run for all sergeants next year.'],
    'Planned',
  ],
  [
    'a request sent to another body, and dates that depend on it, is a plan',
    [
      'A bid for places has gone to the regional unit.',
      'Dates depend on the unit.',
      'Once they are confirmed, sessions will be built into the calendar.',
    ],
    'Planned',
  ],
  [
    'a delay is not progress',
    ['The new learning system has slipped and is now expected in the new year.'],
    'Planned',
  ],
  ['places booked are a plan', ['Places have been booked on the spring course.'], 'Planned'],
  ['some of the cases done', ['An audit matched 40 of 52 referrals with a submission.'], 'In progress'],
  [
    'the rest still to do after some have been through it',
    ['Of the 70 supervisors in scope, 45 have been through it.', 'The remaining 25 attend in the new year.'],
    'In progress',
  ],
  ['accepted with nothing done so far', ['Accepted.', 'Nothing has been done so far.'], 'Acknowledged'],
  [
    'agreement in part with the rest refused',
    [
      'The force agrees with this only in part.',
      'It does not, however, accept that every officer needs the course.',
    ],
    'Not accepted',
  ],
  [
    'everyone listed has attended and nobody is left',
    ['Every relevant sergeant attended a session in the spring.', 'None of those listed is still to attend.'],
    'Complete',
  ],
  // "Not started" says nothing was done, not that anything is intended: beside acceptance it is no plan.
  ['a status cell with a gloss of not started', ['Agreed - not started'], 'Acknowledged'],
  ['a colour with a gloss of waiting', ['Amber - dependent on the new system'], 'Planned'],
  ['a labelled status cell', ['Action closed.'], 'Complete'],
  ['the force’s own blue rating', ['Blue'], 'Complete'],
  [
    'results kept on a dashboard after completion',
    ['All relevant staff have completed the modules.', 'The figures will stay on the quarterly dashboard.'],
    'Complete',
  ],
  [
    'what a finished plan contains is not work to come',
    [
      'The collection plan was approved in March and is in use.',
      'It sets out what information is to be gathered and how it will be shared.',
      'The recommendation has been met in full.',
    ],
    'Complete',
  ],
  [
    'an open question about how the work will fit is not a plan',
    [
      'The force notes the recommendation.',
      'How the modules will fit into the training load has not been settled.',
    ],
    'Acknowledged',
  ],
  [
    'approaching another body is not yet work begun',
    ['The force has approached the national unit and intends to run the course in the spring.'],
    'Planned',
  ],
  [
    'timing a plan to follow something else is not progress',
    ['The plan will be written next year.', 'It is being timed to follow the regional assessment.'],
    'Planned',
  ],
  [
    'a draft at its final stage with one part left',
    [
      'The plan was approved in June and is in use.',
      'One element remains: the sharing agreement, which is at final draft.',
    ],
    'In progress',
  ],
  [
    'an audit that found every case done, and the requirement met',
    ['An audit of all 40 referrals found a submission with every one.', 'The requirement is met in full.'],
    'Complete',
  ],
  [
    'everyone finished and nothing outstanding after a check',
    [
      'All 900 staff whose roles bring them into contact with this crime had completed the modules by June.',
      'I have checked the figures and nothing remains outstanding.',
    ],
    'Complete',
  ],
  [
    'a claim that all have finished, across a list joined by "and the"',
    [
      'Every one of the 300 officers in scope - response teams, custody staff and the intelligence unit - had completed the modules.',
    ],
    'Complete',
  ],
  [
    'every one of a number is all of them',
    [
      'Every one of the twelve referrals was accompanied by a completed document.',
      'The board is satisfied that this recommendation has been met.',
    ],
    'Complete',
  ],
  [
    'a share below the whole under a status cell saying complete',
    ['Complete', 'A sample found 88% of referrals had a submission.'],
    'In progress',
  ],
  [
    'some of the cohorts, in words',
    ['Three of the nine cohorts have been through the exercise.'],
    'In progress',
  ],
  [
    'an intention that people attend',
    ['The intention is that every inspector attends a session next year.'],
    'Planned',
  ],
  [
    'waiting on others with no dates set',
    [
      'Subject to trainers being available, the force plans to run sessions.',
      'Until then no dates have been set.',
    ],
    'Planned',
  ],
  [
    'taking a different view',
    ['On Hydra the force takes a different view and will use its own exercise.'],
    'Not accepted',
  ],
  [
    "the commissioner's own expectation in a second clause",
    ['I agree that it is a sensible foundation, and I will expect to see it covered in the next report.'],
    'Acknowledged',
  ],
  [
    "a force's green under an outright statement that nobody has attended",
    ['Green', 'Two cohorts pencilled in for the autumn.', 'No officer has attended yet.'],
    'Planned',
  ],
  ['accepted with no activity to date', ['Accepted.', 'No activity to date.'], 'Acknowledged'],
  [
    'one step declined while waiting on another body',
    [
      'The force is waiting for the national unit to issue the new form.',
      'Once it arrives, officers will be briefed.',
      'The Chief Constable has chosen not to brief officers twice.',
    ],
    'Planned',
  ],
  [
    'a force that means to do it by a date',
    ['The force means to make the submission a compulsory step, and this should be done by March.'],
    'Planned',
  ],
  [
    'a sentence opening on a pointing "that"',
    ['That profile is now being refreshed and its analysis is already being shared each month.'],
    'In progress',
  ],
  [
    'a unit tasked with the work, which will follow approval',
    [
      'The intelligence unit has been tasked with producing guidance.',
      'Once approved, it will be issued to officers.',
    ],
    'Planned',
  ],
  [
    '"plans" as a noun in the recommendation\'s own words',
    [
      'On the call for clear plans to collect and share information, the Chief Constable accepts what is asked.',
    ],
    'Acknowledged',
  ],
  [
    'thanks the commissioner wants to record after completion',
    [
      'Every relevant officer has completed the package.',
      'I want to record my thanks to the neighbouring force.',
    ],
    'Complete',
  ],
  [
    "a force's green beside a plan that is only to be drafted",
    [
      'A collection plan is to be drafted and put to the tasking group.',
      'Sharing will be written into it.',
      'GREEN',
    ],
    'Planned',
  ],
  [
    'a tracker note of guidance to be issued, rated on track',
    ['Revised guidance to be issued with the July bulletin.', 'On track'],
    'Planned',
  ],
  [
    'a tracker note in the clipped past',
    ['Briefing on the requirement delivered to all shifts in June.', 'Re-audit booked for October.'],
    'In progress',
  ],
  [
    'what a finished plan names as its sources is not work to come',
    [
      'The plan was approved in April and has been in operation since then.',
      'It identifies the questions to answer, the sources it will use and who receives the results.',
      'The Chief Constable is satisfied that this recommendation has been met in full.',
    ],
    'Complete',
  ],
  [
    'an earlier answer to the call, judged to deliver it',
    [
      'The call for clear plans is one the force had already answered last year.',
      'The oversight team is satisfied that it delivers what was asked.',
    ],
    'Complete',
  ],
  [
    "the commissioner's continuing interest after completion",
    [
      'Every officer in those roles had completed the modules by June.',
      'I will continue to take a close interest through my Performance & Accountability Meetings.',
    ],
    'Complete',
  ],
  [
    'a change approved for a later release, with briefings to come',
    [
      'The change was approved for the next release of the system, and supervisors are to be briefed before it goes live.',
    ],
    'Planned',
  ],
  [
    'a commitment and a decision minuted for next year',
    [
      'Learning and Development has committed to making the modules compulsory.',
      'Their inclusion in the 2026 training calendar was agreed in June; officers will be enrolled from January.',
    ],
    'Planned',
  ],
  [
    'cohorts that went through the exercise, with more booked',
    [
      'Two cohorts of inspectors went through the exercise in May and June.',
      'Two more are booked for the autumn.',
    ],
    'In progress',
  ],
  [
    'officers who began using a checklist, with custody to follow',
    [
      'In May, control room officers began using a revised checklist.',
      'Roll-out to custody is due to follow.',
    ],
    'In progress',
  ],
  [
    'a force that does not intend to write the plan asked for',
    [
      'The force does not intend to write a separate plan for this crime, as its existing requirement covers it.',
    ],
    'Not accepted',
  ],
  [
    'a force that will not require its officers to take the course',
    [
      'The force will not require its officers to complete the modules, because its own course covers the same ground.',
    ],
    'Not accepted',
  ],
  [
    'a decision for November with the change not yet live',
    [
      'The Chief Constable has agreed that, from November, referrals will not be closed without the document.',
      'The intelligence team has been asked to design the check.',
      'Neither change is live yet.',
    ],
    'Planned',
  ],
  [
    'analysts part-way through a profile',
    [
      'The analysts are part-way through a problem profile, which is expected at the tasking group in October.',
    ],
    'In progress',
  ],
  [
    'a general truth about what something depends on is not waiting',
    ['Good intelligence depends on officers who know what to look for.', 'The force welcomes the modules.'],
    'Acknowledged',
  ],
  [
    'a form another body is preparing, awaited before local change',
    [
      'Immigration Enforcement has told the force that a revised form is being prepared nationally.',
      'The force will rewrite its guidance once it is issued.',
    ],
    'Planned',
  ],
  [
    'a force unable to finish until others settle the terms',
    [
      'The force is unable to finalise its plan until the Home Office settles the data-sharing terms.',
      'A draft agreement has been with the Home Office since March.',
    ],
    'Planned',
  ],
  [
    'support with nothing further to add',
    ['Supported.', 'The Commissioner has nothing further to add at this stage.'],
    'Acknowledged',
  ],
  [
    '"this is done", with nothing further needed',
    [
      'This is done.',
      'The modules sit within initial training, so the position holds without any further action being needed.',
    ],
    'Complete',
  ],
  [
    'a change costed and scheduled, with nothing changed yet',
    [
      'The Chief Constable has agreed that a mandatory field will be added.',
      'The change has been costed and is scheduled for the October release.',
      'Until then, no change to current practice has been made.',
    ],
    'Planned',
  ],
  [
    'officers carrying on with existing practice meanwhile',
    [
      'The change will take effect from 1 October.',
      'Until then, officers continue to work to existing practice.',
    ],
    'Planned',
  ],
  [
    'no local work begun while waiting on a regional unit',
    [
      'The force is waiting on the regional unit, which is writing a plan for all forces.',
      'No local work has begun in the meantime.',
    ],
    'Planned',
  ],
  [
    '"This has been achieved" after a label',
    [
      'Constabulary response: This has been achieved.',
      'It is in use and is reviewed through the intelligence cycle.',
    ],
    'Complete',
  ],
  [
    'completion with new starters to do it in future',
    [
      'This recommendation is complete.',
      'The modules have been added to induction, so new starters will complete them as a matter of course.',
    ],
    'Complete',
  ],
  [
    "the commissioner's own request after an opening phrase",
    ['On the other two, I have asked the force for an update and will publish it.'],
    'Acknowledged',
  ],
  [
    'a plan that already exists and meets what is asked',
    [
      'The force already has a collection plan, signed off in March.',
      'The Chief Constable has confirmed that the plan meets what the inspectorate asks for in full.',
    ],
    'Complete',
  ],
  [
    'a decision last month for a launch that has been set',
    ['The board agreed last month to make the modules mandatory, and a launch in October has been set.'],
    'Planned',
  ],
  [
    'approval with effect from a later date',
    [
      'The Chief Constable has approved the modules as mandatory for all frontline staff, with effect from 1 October 2025.',
    ],
    'Planned',
  ],
  [
    'a force that cannot yet act while another body moves the package',
    [
      'The force intends to make the modules mandatory.',
      'It cannot yet do so.',
      'The College of Policing is moving the package onto a new platform.',
    ],
    'Planned',
  ],
  [
    'a sharing agreement still out for signature under a complete rating',
    [
      'Complete',
      'The plan was approved in May.',
      'The sharing agreement is drafted and with the regional unit for signature.',
    ],
    'In progress',
  ],
  [
    'a refusal with an adverb between "will" and "not"',
    ['The force will therefore not be adopting this recommendation in the form proposed.'],
    'Not accepted',
  ],
  [
    'a title cell in the clipped past is not a note',
    [
      'E-learning completed by staff in relevant roles',
      'Recommendation accepted.',
      'No update at this stage.',
    ],
    'Acknowledged',
  ],
  [
    'a profile commissioned and data gathering under way, the plan to follow',
    [
      'Problem profile commissioned from the analysts in May.',
      'Data gathering is under way with two neighbours.',
      'The plan will be written from its findings.',
    ],
    'In progress',
  ],
  [
    'done for some teams and now being extended to the rest',
    [
      'Every officer in the port teams has completed the report since 2023.',
      'The practice is now being extended to response officers.',
    ],
    'In progress',
  ],
  [
    'a change that waits on what another body provides',
    [
      'Provided the College publishes the content it has announced, the force will make the modules mandatory.',
    ],
    'Planned',
  ],
  [
    'decisions that something would happen, none of it in operation yet',
    [
      'The board agreed that the document would become a mandatory step.',
      'None of this has been put into operation yet.',
    ],
    'Planned',
  ],
  [
    'a review that found every referral had its document',
    [
      'A review of every referral made in the spring found that each one had a matching submission.',
      'The Chief Constable has confirmed that the outcome this recommendation asks for has been achieved.',
    ],
    'Complete',
  ],
  [
    'nobody left to train',
    [
      'Every sergeant identified as relevant has completed the exercise.',
      'Nobody on the list remains to be trained.',
    ],
    'Complete',
  ],
  [
    'a schedule agreed with sessions due next year',
    [
      'The Chief Constable has directed that every inspector attend a session.',
      'A delivery schedule has been agreed with the unit, and the first sessions are due to run in January 2026.',
    ],
    'Planned',
  ],
  [
    'places reserved, nobody able to attend until dates come',
    [
      'The force has reserved places.',
      'No officer can be put through the package until the unit confirms dates.',
    ],
    'Planned',
  ],
  [
    'an interim step held back while waiting on another body',
    [
      'The revised template is to be issued nationally but has not yet arrived.',
      'When it does, the bureau will build it into the workflow.',
      'The force has chosen not to alter local practice in the meantime.',
    ],
    'Planned',
  ],
  [
    'a decision taken, agreed at a board, with the change due later',
    [
      'A decision has been taken to make the modules mandatory.',
      'This was agreed at the learning board in June.',
      'The modules are due to be added from 1 September.',
    ],
    'Planned',
  ],
  [
    'a structure under review before the plan is written',
    [
      'The force is reviewing its organised crime structure.',
      'A revised plan will then be produced, subject to the outcome.',
    ],
    'Planned',
  ],
  [
    'sessions timetabled, none yet held',
    ['Sessions are timetabled to begin in October.', 'None has taken place yet.'],
    'Planned',
  ],
  [
    'reliance on a regional picture until a plan is written',
    ['The force has relied on the regional picture.', 'It is looking to set out a dedicated plan.'],
    'Planned',
  ],
  [
    'inspectors to attend when dates come, none fixed yet',
    ['Our inspectors are to attend as soon as the unit confirms dates; none have been fixed.'],
    'Planned',
  ],
  [
    'a purpose clause is not a claim of completion',
    ['Compliance will be monitored to ensure this recommendation is delivered.'],
    'Planned',
  ],
  [
    'words saying the force has only agreed outweigh its amber rating',
    ['Amber', 'Accepted.', 'So far the constabulary has accepted the recommendation but no more.'],
    'Acknowledged',
  ],
  [
    'a statement that nothing has followed acceptance beats a green rating',
    ['Green', 'Beyond agreeing with the inspectorate, the force has done nothing.'],
    'Acknowledged',
  ],
  [
    "the force's stated intention, in an it-cleft",
    ["It is the constabulary's firm intention that the package becomes compulsory next year."],
    'Planned',
  ],
  [
    'a possessive with an apostrophe still counts as nobody having done it',
    ["None of Gwent's sergeants has yet sat the course.", 'Places will be sought in the spring.'],
    'Planned',
  ],
  [
    'the old process running until a change keeps a completed rating open',
    [
      'Blue',
      'A prompt now appears on every referral screen.',
      'Two stations stay on the existing form until their system is upgraded.',
    ],
    'In progress',
  ],
  [
    'a commissioner who will not treat the item as closed while a step is missing',
    [
      'The checklist has been introduced.',
      'I cannot regard it as complete until the custody teams are covered.',
    ],
    'In progress',
  ],
  [
    'a log that cannot be closed is a control, not work left',
    ['The system was changed in April, and a referral cannot be closed until the report is attached.'],
    'In progress',
  ],
  [
    'tracker notes in clipped form: agreed, signed, in production, being finalised',
    [
      'Open - on track',
      'Collection requirement agreed at the June board.',
      'Sharing protocol with the port signed; dashboard in production.',
    ],
    'In progress',
  ],
  [
    'the recommendation agreed by the chief officers is acceptance, not work',
    ['Agreed', 'Recommendation agreed by the chief officer group.'],
    'Acknowledged',
  ],
  [
    'a clipped progressive inside a sentence about the future is not work under way',
    ['The plan will use the regional profile being prepared by the unit.'],
    'Planned',
  ],
  [
    'the force plans to, as a verb',
    ['The force plans to list the staff concerned over the summer.'],
    'Planned',
  ],
  [
    'nobody in the roles left outstanding',
    [
      'Every duty inspector completed the exercise last year.',
      'No one in those posts is outstanding.',
      'The chief officer regards this as met.',
    ],
    'Complete',
  ],
  [
    'an approved introduction that takes effect later',
    [
      'The chief constable has approved the introduction of a compulsory submission.',
      'It takes effect on 1 October.',
    ],
    'Planned',
  ],
  [
    'a decision on dates in a later year, nothing held yet',
    ['The force has settled on running its first exercise in March 2026.', 'No exercises have yet been run.'],
    'Planned',
  ],
  [
    'guidance re-issued in the simple past',
    ['In June the unit re-issued guidance to custody staff.', 'An audit has not yet been finished.'],
    'In progress',
  ],
  [
    'a desk set up in the simple past',
    ['In 2024 the force set up a dedicated intelligence cell.', 'A review of it will report in the winter.'],
    'In progress',
  ],
  [
    'an item closed by refusing it',
    ['Closed - not accepted', 'The board has reviewed the reasons and accepts them.'],
    'Not accepted',
  ],
  [
    'a closed row with no outstanding actions',
    ['Blue', 'Plan in use since March.', 'No outstanding actions.', 'Closed.'],
    'Complete',
  ],
  [
    "timing said to be in another body's hands",
    [
      'The force will switch the modules on once the College issues them.',
      "When that happens is in the College's hands.",
    ],
    'Planned',
  ],
  [
    "another body's news is not the force's progress",
    [
      'The NCA has advised our intelligence team that its template is being rewritten.',
      'The force will adopt it once published.',
    ],
    'Planned',
  ],
  [
    'a force holding off until a release',
    ['The force is holding off until the revised package is out.'],
    'Planned',
  ],
  [
    "the commissioner holding the force to account is not the force's plan",
    [
      'The force supports the recommendation.',
      'I will continue holding the Chief Constable to account for it.',
    ],
    'Acknowledged',
  ],
  [
    "a standing item at the commissioner's meetings is oversight",
    ['The force welcomes the package.', 'Delivery will be a standing item at my quarterly reviews.'],
    'Acknowledged',
  ],
  [
    'publishing the letter is not work on the recommendation',
    ['The Chief Constable agrees with this recommendation.', 'This letter will be published on my website.'],
    'Acknowledged',
  ],
  [
    "scrutiny at the commissioner's board is oversight",
    [
      'The constabulary accepts the recommendation.',
      'Its progress will be examined at my public accountability board.',
    ],
    'Acknowledged',
  ],
  [
    'products already going to partners are not a future plan',
    [
      'The collection plan was signed off in February.',
      'Weekly packages are already going to the region.',
      'I consider the recommendation fully met.',
    ],
    'Complete',
  ],
  [
    'a refusal to put officers through the exercise',
    ['The force will not be sending its inspectors through the exercise.'],
    'Not accepted',
  ],
  [
    'a decision reported in the past passive about a later date',
    ['A decision was made in July that the modules will be compulsory from February.'],
    'Planned',
  ],
  [
    'nobody left waiting, with the force rating it achieved',
    [
      'Achieved',
      'Every identified inspector completed the package, and nobody on the list is waiting for a place.',
    ],
    'Complete',
  ],
  [
    'an approach agreed in principle is not work begun',
    ['Amber', 'Approach agreed in principle at the tasking board.', 'Plan to be drafted over the summer.'],
    'Planned',
  ],
  [
    'everyone through the exercise, with a comma before the verb, and all of a number finished',
    [
      'Each relevant sergeant, 30 in all, went through the exercise in the spring.',
      'Registers show all 30 finished it.',
    ],
    'Complete',
  ],
  [
    'a purpose clause running through a list of forces is not work under way',
    ['The force will write the plan so that Durham, Cleveland and Northumbria are sharing the same picture.'],
    'Planned',
  ],
  [
    'a condition about nothing submitted is not work unstarted',
    ['Since May the unit has checked every referral and chased the officer whenever nothing has been sent.'],
    'In progress',
  ],
  [
    'an owner still to be confirmed is not a plan',
    ['Recommendation accepted.', 'Owner to be confirmed.'],
    'Acknowledged',
  ],
  [
    'an aim of having everyone through is a target, not a count of those done',
    [
      'The force is looking to hold sessions from the spring, with the aim of having all 60 sergeants through by March.',
    ],
    'Planned',
  ],
  [
    'a tracker title beginning with plans is not a plan',
    [
      'Plans to share intelligence with partners',
      'Plan signed off in April and in use.',
      'The chief officer regards this as met.',
    ],
    'Complete',
  ],
  [
    "another force's progress is not this force's",
    [
      'The force supports this recommendation.',
      'Colleagues in Derbyshire have made good progress with their sessions.',
    ],
    'Acknowledged',
  ],
  [
    'a refusal outweighing an older course everyone took',
    [
      'The Chief Constable has decided not to adopt this recommendation.',
      'Every officer has already attended a local course on exploitation.',
      'Adding the modules would not be proportionate, so the force has chosen not to require them.',
    ],
    'Not accepted',
  ],
  [
    'one group left over after everyone else',
    [
      'Every custody inspector has been through the exercise.',
      'One cohort remains: nine detective sergeants.',
    ],
    'In progress',
  ],
  [
    'a commissioner who shall not treat it as closed',
    [
      'The checklist is live.',
      'I shall not treat this recommendation as closed until custody staff are briefed.',
    ],
    'In progress',
  ],
  [
    'what the inspectorate asked for, achieved',
    [
      'The plan was approved in March.',
      'I am satisfied that what the inspectorate asked for has been achieved.',
    ],
    'Complete',
  ],
  [
    'the commissioner examining progress is oversight',
    ['The force welcomes the modules.', "I will continue to examine its progress at the Mayor's board."],
    'Acknowledged',
  ],
  [
    "the suite's use for firearms command is not work on this recommendation",
    [
      'The force accepts this recommendation.',
      'Hydra is already well used for firearms and public order command.',
    ],
    'Acknowledged',
  ],
  [
    'a deadline set for work to come',
    [
      'The head of intelligence has set the end of October as the date by which the plan must be ready.',
      'Drafting begins in September.',
    ],
    'Planned',
  ],
  [
    'a post that is to draw up the plan',
    ['The force has no plan yet.', 'The head of intelligence is to draw one up.'],
    'Planned',
  ],
  [
    'a unit tasked with producing the plan',
    ['The analysis unit has been tasked with producing the plan.'],
    'Planned',
  ],
  [
    'an expectation of approval is not a clipped past',
    ['The force will write its plan and expects to have it approved by November.'],
    'Planned',
  ],
  [
    'a force that hosted an exercise',
    ['The force hosted an exercise in May, and a second is booked.'],
    'In progress',
  ],
  [
    'clipped tracker notes: live since a date, briefings under way',
    [
      'Amber',
      'Prompt added to the referral screen (live since 3 June).',
      'Briefings for the late shifts under way.',
    ],
    'In progress',
  ],
  [
    'a cohort definition agreed is not places booked',
    [
      'All 20 custody inspectors attended the exercise in the spring.',
      'Cohort definition agreed with the unit.',
      'Closed',
    ],
    'Complete',
  ],
  [
    'a board that agreed in June that a step will become compulsory',
    ['The chief officer team agreed in July that, from October, the submission will become compulsory.'],
    'Planned',
  ],
  [
    'a clause about where nothing was sent is a condition',
    ['Since April the bureau has checked every referral and chased the officer where nothing has been sent.'],
    'In progress',
  ],
  ['compliance that has risen', ['Compliance has risen from a half to four in five.'], 'In progress'],
  [
    'a recommendation logged on a register and given an owner is administration',
    [
      'The Chief Constable accepts this.',
      'It has been logged on the force register and assigned to the head of crime as owner.',
    ],
    'Acknowledged',
  ],
  [
    'another body revising the form nationally, after a connective',
    ['However, the Home Office is revising the template, and the force will adopt it once issued.'],
    'Planned',
  ],
  [
    'a process agreed under which officers will have to act',
    [
      'A new process has been agreed with custody, under which every officer will attach the report.',
      'It launches in the autumn.',
    ],
    'Planned',
  ],
  [
    'a refusal to make the modules compulsory',
    ['The force will not be making the modules compulsory.'],
    'Not accepted',
  ],
  ['a refusal in the passive', ['Sergeants will not be sent on the exercise.'], 'Not accepted'],
  [
    'an intention to act first on one step',
    ['The force intends first to list the relevant roles.'],
    'Planned',
  ],
  [
    'an audit finding the document in each case, and the action closed',
    [
      'An audit of every referral found the report attached in each case.',
      'The force has closed this action and I confirmed it at my August meeting.',
    ],
    'Complete',
  ],
  [
    'no further work needed on the recommendation',
    ['The plan has been in place since April.', 'No further work on this recommendation is required.'],
    'Complete',
  ],
  [
    'delivered in full, with routine audit to follow',
    ['The force regards this recommendation as fully delivered; compliance will form part of routine audit.'],
    'Complete',
  ],
  [
    'everyone done, with the modules built into induction for newcomers',
    [
      'Every response officer has now completed the modules, and they sit in induction so that new joiners take them.',
    ],
    'Complete',
  ],
  [
    'guidance held back until another body decides',
    [
      'A change request has gone to the system consortium.',
      'Until it decides, the force does not propose to issue interim guidance.',
    ],
    'Planned',
  ],
  [
    'nothing done and the lead still to be confirmed',
    ['Recommendation accepted.', 'No activity to date; lead to be confirmed.'],
    'Acknowledged',
  ],
  [
    'a change signed off for a later release',
    [
      'The change has been signed off by the board and given a slot in the November release.',
      'Officers will be briefed first.',
    ],
    'Planned',
  ],
  [
    'a thing to be published with revised content is not already published',
    ['The force is set to publish revised instructions in the autumn.'],
    'Planned',
  ],
  [
    'no session of any kind held so far, with a request sent',
    [
      'The constabulary has asked the regional unit to stage the exercise in its own building.',
      'No scenario training of that kind has taken place yet.',
    ],
    'Planned',
  ],
  [
    'sessions that took place, with more being arranged',
    [
      'Two immersive sessions took place over the winter for 30 sergeants.',
      'The remaining sergeants have not yet been trained and further dates are being arranged.',
    ],
    'In progress',
  ],
  [
    'a step not yet taken, and another hoped for later',
    [
      'The analysts have not yet written the assessment the plan will rest on.',
      'The force is looking to start it after Christmas.',
    ],
    'Planned',
  ],
  [
    'the force regarding its part of the report as fully addressed',
    [
      'A mandatory field now stops any referral going without its form.',
      'The Chief Constable regards that part of the inspection as fully addressed.',
    ],
    'Complete',
  ],
  [
    "the commissioner's own check finding the work done",
    ['I have read the new plan myself, and I am content that what the inspectors asked for has been done.'],
    'Complete',
  ],
  [
    'the modules completed, in the passive, by every officer concerned',
    ['The modules have been completed by every officer in the listed roles.'],
    'Complete',
  ],
  [
    'a chief constable who intends that officers should do it, and a team that is to ask for places',
    [
      'The Chief Constable intends that every custody inspector should attend the exercise.',
      'The training team is to approach the national unit for places next spring.',
    ],
    'Planned',
  ],
  [
    "acceptance, with the recommendation kept on the commissioner's agenda",
    [
      'The force has accepted the recommendation.',
      'It will stay on the agenda of my scrutiny board until it has been delivered.',
    ],
    'Acknowledged',
  ],
  [
    'few officers through it so far, and only intentions after',
    [
      'Very few of our sergeants have attended a Hydra exercise to date.',
      'The force means to send every custody sergeant in the coming year.',
    ],
    'Planned',
  ],
  [
    'a tracker row that only accepts, beside an amber colour',
    ['Accepted by the chief officer group.', 'AMBER'],
    'Acknowledged',
  ],
  [
    'a tracker row not started and with no owner, beside acceptance',
    ['Accepted.', 'Not started; no owner yet assigned.'],
    'Acknowledged',
  ],
  [
    'all of one group done and the remaining group due to attend',
    [
      'All 30 response inspectors have been through the exercise.',
      'The remaining group, detective sergeants, are due to attend in the new year.',
    ],
    'In progress',
  ],
  [
    'the old arrangements kept in place until a new system comes, with the change only hoped for',
    [
      'The force hopes to add a compulsory field to the referral screen when its new system arrives.',
      'Until then the present arrangements stay in place.',
    ],
    'Planned',
  ],
  [
    'the commissioner welcoming acceptance and saying she will ask for an update',
    [
      'The constabulary accepts the recommendation.',
      'I welcome that and will ask for a progress report in spring.',
    ],
    'Acknowledged',
  ],
  [
    "a refusal beside the force's own course, finished before the report",
    [
      'The Chief Constable has decided that the force will not take up the national modules.',
      'In 2024 every frontline officer completed a day-long course of our own on the subject.',
    ],
    'Not accepted',
  ],
  [
    'modules placed in a later training cycle, with a start pencilled in',
    [
      'The training team has placed the modules into the spring mandatory learning cycle, with a start pencilled in for March.',
    ],
    'Planned',
  ],
  [
    'a briefing that went out, and a form now linked from the checklist',
    [
      'A short guide on NCCU referrals went out to all response teams in May, and the intelligence form is now linked from the referral page.',
    ],
    'In progress',
  ],
  [
    'delivery that finished in a named month, except for a few officers',
    [
      'Delivery of the exercise to the identified inspectors finished in June, with the exception of six officers on leave.',
      'They will attend on their return.',
    ],
    'In progress',
  ],
  [
    'a tracker note that is closed, live and needs no further action',
    ['Closed', 'Collection plan live and in use.', 'No further action.'],
    'Complete',
  ],
  [
    'a change request put in and the work waiting on another body',
    [
      'The force has put in a change request to the shared records consortium and is waiting for its decision.',
      'Nothing can be changed until the consortium decides.',
    ],
    'Planned',
  ],
  [
    'nobody in the roles left to train, and newcomers trained as they arrive',
    [
      'Every custody inspector has completed the exercise.',
      'No inspector in those roles remains to be trained, and newly promoted inspectors now attend as part of their induction.',
    ],
    'Complete',
  ],
  [
    'a board that approved funding in principle, and a plan to be presented later',
    [
      'The board approved in principle the funding of a new analyst post to support the work.',
      'The plan is to be presented to the board in the autumn.',
    ],
    'Planned',
  ],
  [
    'support for the recommendation, with sharing essential if networks are to be disrupted',
    [
      'The force fully supports the recommendation.',
      'Sharing information is essential if these gangs are to be stopped.',
    ],
    'Acknowledged',
  ],
  [
    'a force that has met the recommendation, every one of those identified having attended',
    ['The force has met this recommendation: all 80 officers named in its analysis have now attended.'],
    'Complete',
  ],
  [
    'a commitment delivered in full',
    ['Our commitment on the exercise has been delivered in full, with every named supervisor attending.'],
    'Complete',
  ],
  [
    'everyone in post has done it',
    ['Everyone now in a frontline post has completed the modules.'],
    'Complete',
  ],
  [
    'a gap closed before the report, kept closed since',
    ['This gap was closed last year and the standard has held since.'],
    'Complete',
  ],
  [
    'an amber colour beside words saying the recommendation is met',
    ['Amber', 'Every officer in the cohort has completed the modules; the recommendation is met.'],
    'Complete',
  ],
  [
    'a tracker note that no actions remain open',
    ['Form made mandatory in May; no actions remain open.'],
    'Complete',
  ],
  [
    'full completion achieved before the deadline',
    ['The force achieved full completion of the training well before the deadline.'],
    'Complete',
  ],
  [
    'the commissioner content that the plan meets the recommendation',
    ['I have read the plan, and I am content that it meets the recommendation.'],
    'Complete',
  ],
  [
    'the force reporting the recommendation as closed',
    ['The force reports this recommendation as closed.'],
    'Complete',
  ],
  [
    'a decision against the document, with something else instead',
    [
      'The Chief Constable has decided against a separate document; officers record the details in the crime report.',
    ],
    'Not accepted',
  ],
  [
    'a force that does not consider a separate plan necessary and will not be writing one',
    ['The force does not consider a separate plan necessary and will not be writing one.'],
    'Not accepted',
  ],
  [
    'a force not in a position to accept the recommendation',
    ['The force is not in a position to accept this recommendation.'],
    'Not accepted',
  ],
  [
    'training that is not being pursued',
    ['The exercise is not a priority here and it is not being pursued.'],
    'Not accepted',
  ],
  [
    'a board that agreed on a date that the modules should be assigned later',
    ['The training board agreed on 3 June that the modules should be assigned in the winter cycle.'],
    'Planned',
  ],
  [
    'nobody enrolled yet and a proposal to assign them',
    ['No staff have yet been enrolled.', 'It is proposed that they be assigned to recruits first.'],
    'Planned',
  ],
  [
    'a target percentage is not a count of the done',
    ['Modules to be assigned in the spring. Target: 85% completion by April.'],
    'Planned',
  ],
  [
    'a note that the checklist is not yet issued and a briefing booked',
    ['Checklist not yet issued. Briefing booked for 3 November.'],
    'Planned',
  ],
  [
    'a plan the force expects to have in place, as the commissioner was told',
    ['The commissioner has been told that the force expects to have its plan in place by December.'],
    'Planned',
  ],
  [
    'a schedule now being drawn up',
    ['A delivery schedule is now being drawn up with the national unit.'],
    'In progress',
  ],
  [
    'clipped notes of staff briefed in a month and guidance live on the intranet',
    ['Custody staff briefed (June).', 'Guidance note live on the intranet.', 'Response teams next.'],
    'In progress',
  ],
  [
    'part finished and in use, with one element pending',
    [
      'The collection and analysis parts are finished and in use.',
      'Sharing is the one element still outstanding, pending an agreement with the council.',
    ],
    'In progress',
  ],
  [
    'inspectors trained and others still to attend',
    [
      'The programme is not yet complete: response inspectors are trained, but custody sergeants have still to attend.',
    ],
    'In progress',
  ],
  [
    'the commissioner and chief agreeing with the inspectorate about rates that varied, and accepting',
    [
      'The commissioner agrees with the inspectorate that completion has varied between forces, and the recommendation is accepted.',
    ],
    'Acknowledged',
  ],
  [
    "the commissioner's office having met the force to discuss it",
    [
      'My office has met the head of training to discuss the exercise.',
      'The force supports the recommendation.',
    ],
    'Acknowledged',
  ],
  [
    'a supported recommendation assigned to a lead',
    ['This recommendation is supported and has been assigned to the Head of Crime as accountable lead.'],
    'Acknowledged',
  ],
  [
    'thanks to officers who took part in the fieldwork, and support',
    [
      'I am grateful to the officers who took part in the fieldwork.',
      'The force supports this recommendation.',
    ],
    'Acknowledged',
  ],
  [
    'neither part finished, with work going on',
    ['An analyst has been working on the plan since May.', 'Neither the plan nor the protocol is finished.'],
    'In progress',
  ],
  [
    'a draft in use while the wider plan is finished',
    ['The port team is already using a draft plan while the wider plan is finished.'],
    'In progress',
  ],
  ['a share of the target cohort done', ['Completion stands at 61% of the target cohort.'], 'In progress'],
  [
    "the commissioner's office reviewing the plan and satisfied that the recommendation has been met",
    [
      "The commissioner's office has reviewed the plan and is satisfied that the recommendation has been met in full.",
    ],
    'Complete',
  ],
  [
    'a build slotted into a supplier release for the autumn, after a decision',
    [
      'The Chief Constable has agreed that a compulsory field will be added to the records system.',
      "The build has been slotted into the supplier's release schedule for the autumn.",
    ],
    'Planned',
  ],
  [
    'instructions sent to sergeants, weekly checks, and some way to go',
    [
      'In April the force sent interim instructions to every custody sergeant.',
      'The bureau now checks the referral log against submissions every week.',
      'A sample found the form missing in one case in four, so there is some way to go.',
    ],
    'In progress',
  ],
  [
    "the commissioner content for the tracker's line to be closed",
    ['Plan adopted in March; sharing protocol signed.', 'I am content for this line to be closed.'],
    'Complete',
  ],
  [
    'supervisors who took part in exercises, with more sessions booked',
    [
      'Thirty sergeants took part in immersive exercises in the spring.',
      'Sessions for the remaining inspectors are booked for the autumn.',
    ],
    'In progress',
  ],
  [
    'exercises that some detectives attended in earlier years, mentioned beside the modules',
    ['The modules sit beside the exercises that some of our detectives attended in earlier years.'],
    'Acknowledged',
  ],
  [
    'a decision that the force would have a plan modelled on one another force has drafted',
    [
      'In June the chief officers agreed that the force would have its own plan, modelled on the one a neighbour has drafted.',
    ],
    'Planned',
  ],
  [
    "a refusal beside the tracker's Closed, and a claim that its own exercise meets the same outcomes",
    [
      'Not adopted - own exercise kept',
      'Closed',
      'The Chief Constable has decided that the force will not adopt the package.',
      'The force is satisfied that its exercise meets the same outcomes.',
    ],
    'Not accepted',
  ],
  [
    'a commissioner who does not, however, agree that the action is finished',
    [
      'GREEN - Complete',
      'I do not, however, agree that the action is finished while the guidance is still to be rewritten.',
    ],
    'In progress',
  ],
  [
    'an accepted row with a green colour and no activity to report',
    ['GREEN', 'Recommendation accepted.', 'No activity to report this period.'],
    'Acknowledged',
  ],
  [
    'the commissioner satisfied the force has given each recommendation proper thought, and an intention',
    [
      'The force intends to add the modules to the mandatory list.',
      'I am satisfied that the force has given each recommendation proper thought.',
    ],
    'Planned',
  ],
  [
    'a new form being prepared centrally, awaited before any local change',
    ['A new referral form is being prepared centrally.', 'The force will adopt it as soon as it is issued.'],
    'Planned',
  ],
  [
    'modules every new officer completes, with a third of serving officers finished',
    [
      'The modules are now part of the course every new officer completes, and roughly a third of serving officers have finished them.',
    ],
    'In progress',
  ],
  [
    'a force that has assessed the recommendation as achieved, with no outstanding actions',
    ['The force has assessed this recommendation as achieved; there are no outstanding actions against it.'],
    'Complete',
  ],
  [
    'a request for places lodged with the unit, sessions to follow its dates',
    [
      'A request for three cohorts was lodged with the national unit in May.',
      'Sessions will be arranged once the unit confirms dates.',
    ],
    'Planned',
  ],
  [
    "a force's position that is simply one of acceptance, with more to be said later",
    [
      "The force's position is simply one of acceptance for now, and I will say more when there is more to say.",
    ],
    'Acknowledged',
  ],
  [
    'a shared unit that has produced a draft, though it works with colleagues in another county',
    ['The analysis team we share with colleagues in the next county has produced a draft control strategy.'],
    'In progress',
  ],
  [
    'every inspector took part, newly promoted ones to follow as routine, and the requirement met',
    [
      'Every duty and custody inspector took part in the exercise in the spring.',
      'Newly promoted inspectors will go through it as part of their development, as business as usual rather than outstanding work.',
    ],
    'Complete',
  ],
  [
    'the chief constable accepting that the modules should be completed, with nothing else said',
    [
      'I welcome the emphasis on the modules, which the Chief Constable accepts should be completed by officers in the roles concerned.',
    ],
    'Acknowledged',
  ],
  [
    "the commissioner's office sending a copy on",
    [
      'The Chief Constable agrees with the recommendation.',
      'My office will also send a copy to the inspectorate.',
    ],
    'Acknowledged',
  ],
  [
    "declining, with the force's own exercise said to meet the same outcomes",
    [
      'The Chief Constable does not propose to adopt this recommendation.',
      "The force's own critical incident exercise already covers the subject, and he is satisfied that it meets the same learning outcomes.",
    ],
    'Not accepted',
  ],
  [
    'every one of those identified had been through it, and the force has met what was asked',
    [
      'Every one of them had been through the scenario by the end of May.',
      'The Chief Constable is satisfied that the force has met what the inspectorate asked of it.',
    ],
    'Complete',
  ],
  [
    'intentions, and work expected to get under way later',
    ['He intends to commission an assessment.', 'He expects that work to get under way in the autumn.'],
    'Planned',
  ],
  [
    'a tracker row in progress with a draft out for consultation',
    [
      'In progress',
      'Amber',
      'Draft plan written and out for consultation with the regional unit.',
      'Sign-off expected in October.',
    ],
    'In progress',
  ],
  [
    'the regional unit writing a requirement the force will build its plan on',
    [
      'The regional organised crime unit is writing a regional intelligence requirement.',
      'The force will produce its own plan once that is issued.',
    ],
    'Planned',
  ],
  [
    'a change request raised with a consortium, and nothing local meanwhile',
    [
      'The force has raised a change request with the records consortium.',
      'Until the consortium decides, it does not propose to issue local guidance.',
    ],
    'Planned',
  ],
  [
    "the commissioner taking the chief constable's account at her board",
    [
      'The force accepts the recommendation.',
      "I have taken the Chief Constable's account of progress at my Police and Crime Board.",
    ],
    'Acknowledged',
  ],
  [
    'a tracker marked complete where one district goes live next month',
    [
      'BLUE - Complete',
      'Checklist live in three districts since May.',
      'The fourth district goes live on 4 August.',
    ],
    'In progress',
  ],
  [
    'delivery that cannot be scheduled until the unit confirms dates, a request sent',
    [
      'Delivery cannot be scheduled until the national unit confirms dates; request sent 12 June, no reply yet.',
      'Sessions to be arranged once dates are offered.',
    ],
    'Planned',
  ],
  [
    "every one of the people in scope finished, with a further report at the commissioner's forum",
    [
      'On 30 June every one of the 1,204 people in scope had finished them.',
      'There is nothing left to do on this one.',
      'I will take a further report at my Accountability Forum in the autumn.',
    ],
    'Complete',
  ],
  [
    'the deputy mayor satisfied that what the inspectorate asks for is already in place',
    ['The Deputy Mayor is satisfied that what the inspectorate asks for is already in place in full.'],
    'Complete',
  ],
  [
    'an analyst post approved and a plan agreed to be written',
    [
      'Agreed at tasking in May that a collection plan will be written.',
      'Analyst post approved; to be advertised in August.',
    ],
    'Planned',
  ],
  [
    "all done, with the commissioner's next update at his board",
    [
      'Done.',
      'Nothing further is outstanding on this recommendation.',
      'The Commissioner will take the next update at his governance board.',
    ],
    'Complete',
  ],
  [
    "a tracker's 'Not started' beside words that only accept",
    ['The force supports this recommendation.', 'Not yet started'],
    'Acknowledged',
  ],
  [
    'acceptance given as a rating outweighs a weak rating beside it',
    ['Recommendation agreed.', 'Nothing further to report at present.', 'Open - not started'],
    'Acknowledged',
  ],
  [
    "a clipped tracker note opening 'To be ...' is a plan",
    ['Not yet begun.', 'To be built into the induction programme from January 2026.'],
    'Planned',
  ],
  [
    'the terms of the recommendation met in full',
    [
      'A local collection plan has operated since 2023 and satisfies the requirements of this recommendation.',
    ],
    'Complete',
  ],
  [
    'every step the recommendation asks for done is a claim, not a remark on the report',
    ['Every step this recommendation asks for has been completed.'],
    'Complete',
  ],
  [
    'a fronted time phrase does not hide that everyone has done it',
    [
      'Following three workshops over the spring, every detective sergeant and custody inspector in the county has been through the exercise.',
    ],
    'Complete',
  ],
  [
    'nobody left to train means nothing is to come',
    ['All response supervisors attended in June.', 'No relevant personnel remain to be trained.'],
    'Complete',
  ],
  [
    'every person in the group has finished',
    ['Every person on the agreed list has completed all four modules.'],
    'Complete',
  ],
  [
    'a target to have been through the course is not a claim that anyone has',
    ['The aim is for all custody staff to have been through the package by the spring of 2026.'],
    'Planned',
  ],
  ['a recommendation reported discharged', ['This recommendation was discharged in March.'], 'Complete'],
  [
    'a refusal to draw up a plan of its own',
    ['The Chief Constable will therefore not be drawing up a separate local plan.'],
    'Not accepted',
  ],
  [
    'no intention to direct staff to the course, with an adverb between',
    ['The constabulary does not currently intend to require staff to complete the modules.'],
    'Not accepted',
  ],
  [
    'a promised update beside a note of the recommendation is no plan',
    ['Noted.', 'The force will provide an update in its next quarterly return.'],
    'Acknowledged',
  ],
  [
    'full completion given in words as per cent',
    ['Completion has reached 100 per cent across the identified roles.'],
    'Complete',
  ],
  [
    'a kind of training proving its worth elsewhere is not the force acting',
    [
      'The force supports the recommendation; scenario exercises have proven their value in firearms command.',
    ],
    'Acknowledged',
  ],
  [
    "a tracker note's past verb ending with the day it was done",
    ['Protocol with Immigration Enforcement signed 02/09.', 'Analysis outstanding.'],
    'In progress',
  ],
  [
    'a draft sitting with its owner has been begun',
    ['Draft information-sharing protocol v2 with the Head of Intelligence.', 'Sign-off outstanding.'],
    'In progress',
  ],
  [
    'a colour beside words that describe only work to come',
    ['BRAG: Blue.', 'Development of the plan is timetabled for the next planning round.'],
    'Planned',
  ],
  [
    'a plan stated besides a promise to review',
    [
      'Agreed.',
      'The force will review its existing intelligence requirements, and expects to present a revised plan to the tasking board in October.',
    ],
    'Planned',
  ],
  [
    'work beginning in a later month, approved now',
    [
      'Agreed',
      'The chief officers have approved a Hydra programme for custody sergeants, starting in February 2026.',
    ],
    'Planned',
  ],
  [
    'something still to be built into a process is work left, not a plan',
    ['The form is now used on every response team.', 'Custody has yet to be built into the process.'],
    'In progress',
  ],
  [
    'a tool that has been in use for some months',
    [
      'The referral prompt has now been in use across every team for three months.',
      'One suite remains to adopt it.',
    ],
    'In progress',
  ],
  [
    'no local plan being drafted while the region writes its own',
    [
      'The regional unit expects to issue its plan in the spring.',
      'Until then no separate local plan is being prepared.',
    ],
    'Planned',
  ],
  [
    'a national body revising the document the force waits for',
    [
      'The intelligence document is being rewritten by Immigration Enforcement, and the force will brief officers once it is issued.',
    ],
    'Planned',
  ],
  [
    'everyone done with no work remaining outstanding',
    ['Every officer in a relevant role has completed the modules, and no work remains outstanding.'],
    'Complete',
  ],
  [
    'modules that are to become mandatory from a later month',
    ['The modules are to become compulsory for response officers from March.'],
    'Planned',
  ],
  [
    'a post-holder due to set out the approach in a plan',
    ['The head of intelligence is due to set out the approach in a written plan by December.'],
    'Planned',
  ],
  [
    'a proposal approved for work in a later year',
    ['In September the chief officers approved a proposal to send all detective sergeants on Hydra in 2026.'],
    'Planned',
  ],
  [
    "a tracker note's launch planned for a later month",
    ['E-learning: launch planned Jan 26; target 95% by Apr 26.'],
    'Planned',
  ],
  [
    'two products together meeting the recommendation in full',
    [
      'A profile and a sharing protocol were completed in the summer.',
      'Between them they meet the recommendation in full.',
    ],
    'Complete',
  ],
  ['no outstanding work left', ['There is no outstanding work on this recommendation.'], 'Complete'],
  [
    'every one of a group having passed',
    ['By September every one of them had passed all four modules.'],
    'Complete',
  ],
  ['not using the package', ['The constabulary will not be using the Hydra package.'], 'Not accepted'],
  [
    'a tracker note of sections drafted, a post seconded and a protocol in negotiation',
    ['OIC plan: parts 1–2 drafted; analyst seconded 3 days/wk; protocol with region in negotiation.'],
    'In progress',
  ],
  [
    'a plan still in draft beside a rating of complete',
    ['Status: Complete', 'A draft plan has been written and is out for consultation with the region.'],
    'In progress',
  ],
  [
    'a plan to publish a guide on what the form must contain',
    [
      'A note on what the intelligence document must include is to be published on the intranet by the autumn.',
    ],
    'Planned',
  ],
  [
    "the force's position reported to the commissioner",
    [
      'I am told by the Chief Constable that Hydra sessions are being run every month for custody supervisors.',
    ],
    'In progress',
  ],
  [
    "a refusal reported inside the commissioner's own discussion",
    [
      'I have discussed this with the Chief Constable, who has explained that the force will not send officers on Hydra this year.',
    ],
    'Not accepted',
  ],
  [
    'an extra step considered and rejected beside the work done',
    [
      'Since September officers have been required to submit the document on every referral.',
      'The force considered adding a second review of each referral and rejected it as disproportionate.',
    ],
    'In progress',
  ],
  [
    'a unit tasked with producing the plan while the general arrangements go on',
    [
      'The Chief Constable has tasked the regional directorate with writing a dedicated plan by November.',
      'Until then such intelligence continues to be managed under the force’s general arrangements.',
    ],
    'Planned',
  ],
  [
    'a plan reviewed and found to meet the findings in full',
    ['The plan was reviewed in June against the findings and found to satisfy them in full.', 'Closed'],
    'Complete',
  ],
  [
    'a refusal of one recommendation that does not say which',
    ['The force accepts the other recommendations but has decided against one recommendation.'],
    'Acknowledged',
  ],
  [
    'a control room rule to refuse referrals without the document, from a later date',
    [
      'From 1 November the control room will not accept a referral unless the intelligence document is attached.',
      'Guidance for officers is to be issued before then.',
    ],
    'Planned',
  ],
  [
    "the commissioner disputing the force's green rating",
    [
      'GREEN',
      'I do not agree with the green rating.',
      'Dates cannot be set until the national unit confirms its trainers.',
    ],
    'Planned',
  ],
  [
    'a package welcomed that national bodies have produced',
    ['I welcome the modules that the College of Policing and the national unit have produced.'],
    'Acknowledged',
  ],
  [
    'a draft written and circulated, with the rest to follow, beside a rating of complete',
    [
      'Complete',
      'Draft plan written and circulated; sign-off in October.',
      'Sharing protocol to follow once it is signed off.',
    ],
    'In progress',
  ],
  [
    'an owner named and a target set for work decided on',
    [
      'The Chief Constable has decided that a policy notice will be issued.',
      'The Head of Intelligence has been appointed as the lead, and the force has set itself a target of January 2026.',
    ],
    'Planned',
  ],
  [
    'an intention set out and a source agreed for a plan to come',
    [
      'The force has set out its intention to write a dedicated plan.',
      'Drafting is scheduled to begin in October.',
    ],
    'Planned',
  ],
  [
    'a plan in place that the force regards as already achieved',
    ['The force has had a collection plan since 2021.', 'It regards this recommendation as already met.'],
    'Complete',
  ],
  [
    'having benefited from neighbours is not work begun',
    [
      'The force intends to ask the national unit to train its own facilitators next spring.',
      'We have benefited from the generosity of neighbouring forces.',
    ],
    'Planned',
  ],
  [
    'a wish that everyone will have been through it by a date is a plan',
    [
      'The Chief Constable wants every duty sergeant to have been through the exercise before next April.',
      'No dates are fixed yet.',
    ],
    'Planned',
  ],
  [
    'an expectation that all will have attended is a plan',
    ['The force expects all custody inspectors to have attended by March 2026.'],
    'Planned',
  ],
  [
    'nobody having attended yet is work not started',
    ['Places on the regional course are booked for the spring.', 'No one has attended so far.'],
    'Planned',
  ],
  [
    'nobody trained to date is work not started',
    ['Request for places sent to the unit; awaiting dates.', 'Nobody booked to date.'],
    'Planned',
  ],
  [
    'no delivery yet, with words before the noun, is work not started',
    ['No regional Hydra training yet.', 'Awaiting dates from the national unit.'],
    'Planned',
  ],
  [
    'no plan yet existing is work not started',
    ['No collection plan as yet exists.', 'One will be written once the profile is finished.'],
    'Planned',
  ],
  [
    'funding approved for a post is a resource for work to come',
    [
      'Funding for two analysts to lead the work was approved last month.',
      'A problem profile will be commissioned over the summer.',
    ],
    'Planned',
  ],
  [
    'a function shared in part with a neighbour is not work part done',
    [
      'Intelligence is shared in part with a neighbouring force, so the two forces propose one joint plan.',
      'A joint plan will be written in the autumn.',
    ],
    'Planned',
  ],
  [
    'finishing so far ahead of the deadline is praise, not work part done',
    [
      'Every detective inspector has now completed the exercise.',
      'I congratulate the team on finishing so far ahead of the deadline.',
    ],
    'Complete',
  ],
  [
    'being told that nobody remains to be trained leaves nothing to do',
    [
      'All response sergeants have now attended Hydra.',
      'I am told nobody on the list remains to be trained.',
    ],
    'Complete',
  ],
  [
    'agreeing to the recommendation accepts it',
    ['The Chief Constable has agreed to this recommendation.'],
    'Acknowledged',
  ],
  [
    'agreeing with another body that sessions will run is a plan',
    ['The force has agreed with the regional unit that sessions will run from February 2026.'],
    'Planned',
  ],
  [
    'all of them having completed is everyone done',
    [
      'The modules were made compulsory for 600 officers last year.',
      'All of them have now completed the four modules.',
    ],
    'Complete',
  ],
  [
    'a count of the whole having completed is everyone done',
    [
      'Modules mandated for all neighbourhood staff in May.',
      '412 of 412 in scope had completed by the end of June.',
    ],
    'Complete',
  ],
  [
    'all the people chosen having done so is everyone done',
    ['All of the officers the force selected for the modules have now done so.'],
    'Complete',
  ],
  [
    'a recommendation that can now be regarded as met is complete',
    ['Every officer in scope has completed the package, and the recommendation can now be regarded as met.'],
    'Complete',
  ],
  [
    'a proposal to close the item claims it is done',
    [
      'The plan was signed off in March and has been used since.',
      'The force considers the recommendation met and proposes to close it.',
    ],
    'Complete',
  ],
  [
    'a regional unit drawing up its requirement is work the force waits on',
    [
      'The regional special operations unit, which covers four forces, is drawing up a shared intelligence requirement.',
      'The force will write its own plan once that is published.',
    ],
    'Planned',
  ],
  [
    'a form redesigned by another body, as forces in a region were told, is waited on',
    [
      'Immigration Enforcement has told forces in the South East that the referral form is being redesigned.',
      'The force will make the submission compulsory when the new form arrives.',
    ],
    'Planned',
  ],
  [
    "the letter's own signature is not work done",
    [
      'The force will make the modules mandatory in January.',
      'This letter was signed by the Commissioner on 3 July 2025.',
    ],
    'Planned',
  ],
  [
    'an owner with a word before it still to be confirmed is no plan',
    ['Recommendation accepted.', 'No activity to report; action owner to be confirmed.'],
    'Acknowledged',
  ],
  [
    'a count in hyphenated words of some done is work part done',
    [
      'Forty-two of the ninety supervisors have been through Hydra, and the rest are booked for the new year.',
    ],
    'In progress',
  ],
  [
    'training that began in a month is work begun',
    ['Training for custody staff began in April.', 'The remaining teams are booked for the autumn.'],
    'In progress',
  ],
  [
    'a unit that led a campaign has begun the work',
    [
      'The intelligence unit led a campaign on submissions in the spring.',
      'A further audit is due in the autumn.',
    ],
    'In progress',
  ],
  [
    'supervisors who now check every referral have the new way in use',
    ['Supervisors now check every referral within two days.'],
    'In progress',
  ],
  [
    'work well advanced is work begun',
    ['Work with the regional unit on the plan is well advanced.', 'It will go to the board in October.'],
    'In progress',
  ],
  [
    'modules approved for inclusion in a later programme are a plan',
    [
      'The training board has approved the four modules for inclusion in the mandatory programme.',
      'They will be assigned when the new training year begins in April 2026.',
    ],
    'Planned',
  ],
  [
    "the commissioner's own questions after an acceptance are no plan",
    [
      'The Chief Constable accepts this recommendation.',
      'I am pleased it has been accepted and I will be asking how it will be delivered.',
    ],
    'Acknowledged',
  ],
  [
    'packages officers already have to complete are an obligation, not something in place',
    [
      'From the next training year the modules will be mandatory for all response officers.',
      'The training team is looking at how to fit them beside the packages staff already have to complete.',
    ],
    'Planned',
  ],
  [
    'the existing instructions staying in force meanwhile is the old way, not the new',
    [
      'From the October release, the system will block the closure of a referral until the document is attached.',
      'In the meantime the existing instructions to officers remain in force.',
    ],
    'Planned',
  ],
  [
    "the approach a regional unit has taken is theirs, not the force's work",
    [
      'The force is looking to adapt the approach the regional unit has taken, and expects a plan by the end of the year.',
    ],
    'Planned',
  ],
  [
    'an appointment made for work that starts later is a resource, not the work',
    [
      'A collection plan is to be written by November.',
      'Work will start when the new analyst arrives in October; that appointment has been made.',
    ],
    'Planned',
  ],
  [
    'a bid sent to another body waits on it',
    [
      'A bid for a regional exercise has been sent to the national unit.',
      'Delivery depends on the unit confirming dates.',
    ],
    'Planned',
  ],
  [
    'a chief constable who has undertaken to report has promised, not begun',
    [
      'The force intends to make the modules mandatory from September, and the Chief Constable has undertaken to report completion each quarter.',
    ],
    'Planned',
  ],
  [
    'a new arrangement agreed, to begin later, is a decision, not work',
    [
      'The force has agreed a new arrangement with the regional liaison officer.',
      'From the autumn, every call reference will be passed to the intelligence bureau.',
    ],
    'Planned',
  ],
  [
    'an office satisfied that the plan fully answers the recommendation finds it complete',
    [
      'The collection plan was approved in April 2025.',
      "The commissioner's office has examined the plan and is satisfied that it fully answers this recommendation.",
    ],
    'Complete',
  ],
  [
    'a commissioner who does not require any further action leaves nothing to do',
    [
      'An audit of all 52 referrals found the document in every case.',
      'The recommendation is fully implemented and I do not require any further action on it.',
    ],
    'Complete',
  ],
  [
    'nobody in the group remaining untrained leaves nothing to do',
    [
      'Every one of the 40 sergeants had completed the exercise by March.',
      'Nobody on the list remains untrained, and I regard the recommendation as fully achieved.',
    ],
    'Complete',
  ],
  [
    'a document attached in every one of the cases counted is done in every case',
    [
      'System change live since May.',
      'Audit of the June referrals: document attached in 29 of 29.',
      'Closure approved.',
    ],
    'Complete',
  ],
  [
    'a document attached in some of the cases counted is work part done',
    ['Audit of the June referrals: document attached in 21 of 29.'],
    'In progress',
  ],
  [
    'a commissioner content with the closure agrees the work is done',
    ['Action closed by the force board in June.', 'I am content with the closure.'],
    'Complete',
  ],
  [
    "a target for another recommendation's figures is not work part done here",
    [
      'The plan was reviewed in May, and the force regards the recommendation as met.',
      'I will ask for the referral figures each month until they exceed 90%.',
    ],
    'Complete',
  ],
  [
    'a claim of completion beside a purpose in another clause stands',
    [
      'The procedure was rewritten so that the document is a required step; every referral checked since has included one, and no further action is required.',
    ],
    'Complete',
  ],
  [
    'a claim of completion beside a condition in another clause stands',
    [
      'The modules became mandatory when they were launched, and everyone currently in post has completed them.',
    ],
    'Complete',
  ],
  [
    'relevant personnel having completed it is everyone done',
    [
      'Relevant personnel completed the Hydra exercise this spring, and new supervisors now do it within three months of promotion.',
    ],
    'Complete',
  ],
  [
    'a regional unit leading a plan for every force is work the force waits on',
    [
      'The regional unit is leading a joint intelligence plan for every force in the region.',
      'We shall adopt it when it is published.',
    ],
    'Planned',
  ],
  [
    'funding approved for a long-described post is a resource for work to come',
    [
      'Funding for an additional analyst post dedicated to organised immigration crime was approved in July.',
      'Once the post is filled, its holder is to draw up the plan.',
    ],
    'Planned',
  ],
  [
    'a system the force changed last month is work begun',
    [
      'In August the force changed its crime recording screen so that a referral now prompts the intelligence submission.',
      'Other teams will follow.',
    ],
    'In progress',
  ],
  [
    'events that ran with officers through are work begun',
    [
      'Three simulation events ran at headquarters in July, with 18 inspectors through.',
      'More dates are booked for the autumn.',
    ],
    'In progress',
  ],
  [
    'cohorts that took part in exercises are work begun',
    ['Both cohorts took part in exercises at the regional centre in August.'],
    'In progress',
  ],
  [
    'what the commissioner expects to see is oversight, not the force planning',
    [
      'The force accepts this recommendation.',
      'On the e-learning in particular, I expect to see the modules in place by March.',
    ],
    'Acknowledged',
  ],
  [
    'a force that cannot nominate anyone until dates are released waits on others',
    [
      'The force has asked for places on the regional course but cannot nominate sergeants until the dates are released.',
    ],
    'Planned',
  ],
  [
    'what two courses are meant to do for each other is their purpose, not a plan',
    ['The exercise sits alongside the online modules, and the two are meant to complement one another.'],
    'Acknowledged',
  ],
  [
    'a force that will not be taking the exercise forward declines it',
    ['The Chief Constable and I have agreed that the force will not be taking Hydra forward.'],
    'Not accepted',
  ],
  [
    'a decision not to take this recommendation forward declines it',
    ['The Commissioner has decided that the force will not take this recommendation forward.'],
    'Not accepted',
  ],
  [
    'a plan roughly half written is under way, though one part of it is finished',
    [
      'The requirement is roughly half written: the part on the ports is finished, while the sections on haulage are not.',
    ],
    'In progress',
  ],
  [
    'a procedure in every part of the force apart from one unit is nearly done',
    ['The new procedure now operates in every part of the force apart from the dog section.'],
    'In progress',
  ],
  [
    'a change that cannot be made until an upgrade is live waits on it',
    [
      'No work has started yet.',
      'The change has been placed in the queue for the system upgrade, and it cannot be made until that upgrade is live.',
    ],
    'Planned',
  ],
  [
    'a force that met the requirement earlier in the year is done',
    ['The force met this requirement earlier in the year.', 'The check is now part of routine supervision.'],
    'Complete',
  ],
  [
    'a board that agreed the force would produce a plan by a date has made a plan',
    [
      'It was agreed at the executive board in June that the intelligence team would produce a plan by November.',
    ],
    'Planned',
  ],
  [
    "what will feature in the commissioner's reports is oversight, not work to come",
    [
      'The Chief Constable accepts this recommendation.',
      'The outstanding actions will feature in my quarterly reports to the panel.',
    ],
    'Acknowledged',
  ],
  [
    'modules scheduled to go live on a later date are planned',
    ['Learning and Development have scheduled the modules to go live on 1 October 2025.'],
    'Planned',
  ],
  [
    'modules that go live once another course has finished are still to come',
    [
      'The board approved the modules for the mandatory plan.',
      'They go live on the platform once the current course has finished.',
    ],
    'Planned',
  ],
  [
    "a tracker's note that no completions are recorded to date says work has not started",
    ['Modules to join the mandatory schedule in October 2025.', 'No completions recorded to date.'],
    'Planned',
  ],
  [
    'what a document in every such case would cost is an argument, not a claim that every case has one',
    [
      'The Chief Constable does not accept this recommendation as written.',
      'Most contacts are routine checks; demanding a document in every such case would add to workload for nothing.',
    ],
    'Not accepted',
  ],
  [
    'a chief constable asking for every inspector to have attended by a date sets a target, not a claim',
    [
      'Some sixty supervisors have been through the exercise.',
      'The Chief Constable has asked for every detective inspector to have attended by the spring.',
    ],
    'In progress',
  ],
  [
    'a subject the board will come back to is oversight, not a plan',
    ['Hydra training is something the Board will come back to in its six-month review.'],
    'Acknowledged',
  ],
  [
    'neither step having begun says work has not started',
    [
      'The force proposes to add the theme to its next plan.',
      'Neither step has begun; I expect a draft early in the new year.',
    ],
    'Planned',
  ],
  [
    'what a planned dip-sample is to check has been done is not work done',
    [
      'The force intends to write the requirement into its procedure.',
      'From January the bureau plans to dip-sample referrals to check that the document has been submitted.',
    ],
    'Planned',
  ],
  [
    'a control room that has asked officers to confirm a submission has put a safeguard in place',
    [
      'Since June the control room has asked officers to confirm that the report has gone in before a log is closed.',
    ],
    'In progress',
  ],
  [
    'a tracker to be republished on the website is oversight, not work still to do',
    [
      '415 of 415 completed all four modules by 30/06/2025.',
      'The tracker will be republished on my website each quarter.',
    ],
    'Complete',
  ],
  [
    'an annex prepared by the force is the letter, not the work',
    [
      'The annex has been prepared by the force and I have discussed it with the Chief Constable.',
      'I note the recommendation.',
    ],
    'Acknowledged',
  ],
  [
    'what the commissioner will look at again is oversight, not a plan',
    [
      'The force notes this recommendation.',
      'I will look at each of these again when the Chief Constable next reports to me.',
    ],
    'Acknowledged',
  ],
  [
    'three in every four referrals is a share, not every referral',
    [
      'Early figures suggest three in every four referrals now carry the report, and the force will press until it is every referral.',
    ],
    'In progress',
  ],
  [
    'one part finished while others are being worked on is under way',
    ['The analysis for two districts is finished and the other two are being worked on now.'],
    'In progress',
  ],
  [
    "a tracker's outstanding items keep a row rated complete in progress",
    [
      'BLUE - complete',
      'Field added to the log on 01/05/2025.',
      'Outstanding: first compliance audit (September).',
    ],
    'In progress',
  ],
  [
    'thanks to another force for its help is not the work',
    [
      'The modules have not yet been assigned, so completion stands at zero; a drive is scheduled for September.',
      'A word of thanks, finally, to a neighbouring force for the help it has given our officers.',
    ],
    'Planned',
  ],
  [
    'a plan approved and now live is in place',
    [
      'Collection plan approved by Force Tasking in April 2025 and now live.',
      'Sharing agreement still awaiting signature.',
    ],
    'In progress',
  ],
  [
    'an update to be provided at the next review is reporting, not a plan',
    ['Force accepts the recommendation.', 'Update to be provided at the next quarterly review.'],
    'Acknowledged',
  ],
  [
    'an audit that will simply carry on as routine is upkeep, not work still to do',
    [
      'This one is done.',
      'The Chief Constable regards the recommendation as met and no further work is needed; the audit will simply carry on as part of routine compliance checks.',
    ],
    'Complete',
  ],
  [
    'a checklist approved in principle and to be launched later is planned',
    ['The checklist has been approved in principle and will be launched in October.'],
    'Planned',
  ],
  [
    "the commissioner's office considering the recommendation met gives a verdict, not mere oversight",
    [
      'The plan was approved in March and is in force.',
      'MOPAC has reviewed the plan and considers that this recommendation has been met.',
    ],
    'Complete',
  ],
  [
    'a force that anticipates hosting an event has a plan',
    [
      'The force anticipates hosting an exercise in the autumn, provided the national unit can supply facilitators.',
      'No officers have attended to date.',
    ],
    'Planned',
  ],
  [
    'a chief constable who considers the recommendation fulfilled has done it',
    [
      'The force adopted its collection plan in April.',
      'The Chief Constable considers this recommendation fulfilled and, having seen the plan, I concur.',
    ],
    'Complete',
  ],
  [
    'a commissioner satisfied the plan answers what the inspectorate asked for judges it done',
    [
      'The collection plan was approved in January.',
      'I have been through the plan and am satisfied it answers what the Inspectorate asked for.',
    ],
    'Complete',
  ],
  [
    "the commissioner's labelled verdict of delivered is a status",
    ['The regional plan was signed off in February.', 'PCC view: Delivered.'],
    'Complete',
  ],
  [
    "a board supporting the commissioner's decision not to implement the recommendation declines it",
    ['The Board supports the decision not to implement this recommendation in the City.'],
    'Not accepted',
  ],
  [
    'a package the force has scheduled from a later month is planned',
    [
      'The force has scheduled the package for all patrol, custody and control room inspectors from January 2026.',
    ],
    'Planned',
  ],
  [
    'working to existing priorities meanwhile is not work begun',
    [
      'The force will adopt the regional plan once it is agreed.',
      'In the meantime the force continues to work to its existing serious and organised crime priorities.',
    ],
    'Planned',
  ],
  [
    "support drawn to the chief constable's attention is acceptance, not work",
    [
      "I support what the inspectorate says about the exercise and have drawn it to the Chief Constable's attention.",
    ],
    'Acknowledged',
  ],
  [
    'a recommendation the commissioner has passed to the chief constable is not work begun',
    [
      'The Mayor supports this recommendation and has passed it to the Chief Constable.',
      'The force has not yet set out how it means to respond.',
    ],
    'Acknowledged',
  ],
  [
    'nothing issued so far, under a rating of green, is work not started',
    [
      'Process map to be drafted and issued during Q3.',
      'GREEN - on track',
      'It is rated green, yet nothing has so far been issued to officers.',
    ],
    'Planned',
  ],
  [
    "modules earmarked for next year's plan are planned",
    ["The modules have been earmarked for the force's 2026 mandatory training plan."],
    'Planned',
  ],
  [
    'a force that has committed to having it done by a date has a plan, not work done',
    [
      'The force has agreed that all inspectors will attend, and has committed to having this done by March 2026.',
    ],
    'Planned',
  ],
  [
    'deciding against launching on the outgoing platform refuses a moment, not the work',
    [
      'The modules will be assigned once the new system goes live in September.',
      'The force has decided against launching them on the outgoing platform, because records could not be carried across.',
    ],
    'Planned',
  ],
  [
    'a force moving to a new learning system is waiting for it, not doing the work',
    [
      'The force is moving to a new learning management system over the summer.',
      'The modules will be assigned once it goes live.',
    ],
    'Planned',
  ],
  [
    'a post being advertised is a resource for work to come',
    [
      'The force will begin the plan once the new analyst post has been filled.',
      'The post is being advertised at present.',
    ],
    'Planned',
  ],
  [
    'a commissioner who has agreed to close the recommendation confirms it done',
    ['Plan approved and in use.', 'No outstanding actions.', 'I have agreed to close this recommendation.'],
    'Complete',
  ],
  [
    'findings that were sobering are not work under way',
    ['The findings on leadership were sobering.'],
    'Acknowledged',
  ],
  [
    "a tracker's profile 'completed May 2025' and a protocol 'being refreshed' are work done and under way",
    [
      'Problem profile completed May 2025 with regional analysts.',
      'Sharing protocol with the council being refreshed.',
    ],
    'In progress',
  ],
  [
    'a force that has set itself a timetable has a plan, not work begun',
    [
      'Modules to be included in the Q3 training window.',
      'No completions recorded yet.',
      'The force has set itself a reasonable timetable.',
    ],
    'Planned',
  ],
  [
    'agreements the plan depends on, signed and in use, are not a wait',
    [
      'This recommendation is already met.',
      'The sharing agreements it depends on, with Border Force and a neighbouring force, are signed and in daily use.',
    ],
    'Complete',
  ],
  [
    'what is already recorded is the reason for refusing, not the work done',
    [
      'The force does not accept this recommendation as it is drafted.',
      'Each referral is already recorded on the command and control system and passed automatically into the intelligence system.',
    ],
    'Not accepted',
  ],
  [
    'an agreement drafted, to go live once signatures come, keeps a row rated closed open',
    [
      'Plan approved at tasking on 24 June.',
      'Sharing agreement drafted; go-live once signatures received from both partners.',
      'BLUE - closed',
    ],
    'In progress',
  ],
  [
    'sessions of which none have been held to date are still to come',
    [
      'Request made to the national unit for dates.',
      'Sessions to be run at the regional suite once dates are released; none held to date.',
      'GREEN - on track',
    ],
    'Planned',
  ],
  [
    'costs being sought from the regional unit are a request, not work under way',
    [
      'The force intends to buy places on regional events from the autumn.',
      'Costs are being sought from the regional unit and the numbers have yet to be agreed.',
    ],
    'Planned',
  ],
  [
    "a commissioner's bare 'I do not agree' after the force's rating disputes the rating, not the recommendation",
    [
      'Briefing note issued to all officers in May 2025.',
      'Custody officers to be briefed in Q3.',
      'BLUE - Complete',
      'The Constabulary has rated this blue.',
      'I do not agree.',
    ],
    'In progress',
  ],
  [
    'every one of the officers having taken part is done',
    ['Every one of the forty-two officers the force identified has now taken part.'],
    'Complete',
  ],
  [
    'keeping its present arrangement, which already does the work, is the reason for refusing',
    [
      'The Chief Constable does not accept this recommendation as it is framed.',
      'Staff on the liaison desk make the call and submit the document in every case.',
      'The force will therefore keep its present arrangement.',
    ],
    'Not accepted',
  ],
  [
    "a labelled 'PCC comment' asking to see the plan in draft is oversight",
    [
      'The force has committed to producing a collection plan by November 2025.',
      'PCC comment: I have asked to see the plan in draft before it is signed off.',
    ],
    'Planned',
  ],
  [
    'a force that has written to another body asking which form to use waits on its answer',
    [
      'The Force has written to Immigration Enforcement asking which version of the document officers should use.',
      'No change to local procedure has been made while we wait.',
      'When it arrives, the Force will issue guidance.',
    ],
    'Planned',
  ],
  [
    'training not given so far, with only an intention to give it, is a plan',
    [
      'Scenario training on smuggling networks has not so far been provided to sergeants in the county.',
      'The Chief Constable means to send them on it next year.',
    ],
    'Planned',
  ],
  [
    'nobody trained to date, beside sessions still to be held and an on-track rating, is a plan',
    [
      'Exercise sessions for custody inspectors to be held at the regional centre in March 2026.',
      'No response sergeants trained to date.',
      'Green - on track',
    ],
    'Planned',
  ],
  [
    'a change agreed of which neither step has happened yet is a plan',
    [
      'The board agreed in June that the referral screen would gain a compulsory intelligence field.',
      'Neither step has taken place yet, and both sit in the supplier queue for the spring release.',
    ],
    'Planned',
  ],
  [
    'a decision taken in the perfect that the modules will become compulsory is a plan',
    [
      'The Chief Constable has taken the decision that the four modules will be compulsory for response officers in the new financial year.',
      "Completion figures will be reported to the force's people board.",
    ],
    'Planned',
  ],
  [
    'an agreement in the perfect that referrals will stay open until the document is in is a plan',
    [
      'It has been agreed between the intelligence bureau and the control room that a referral will stay open until the officer has sent in the intelligence report.',
      'The bureau will audit a sample each month.',
    ],
    'Planned',
  ],
  [
    'a completion rate standing below the whole of the target roles is work part done',
    [
      'Completion of the modules across the target roles stands at 58%, up from 22% in April.',
      'The rest have until February to finish.',
    ],
    'In progress',
  ],
  [
    'wanting the document to be a built-in part of the referral is not work done in part',
    [
      'The force wants the intelligence document to be a built-in part of the referral record.',
      'It will ask its supplier for the change in the next release.',
    ],
    'Planned',
  ],
  [
    'training named as the second strand, beside only an intention, is a plan',
    [
      'The second strand is training for custody sergeants.',
      'The force intends to ask the regional unit to run the exercise for them next spring.',
    ],
    'Planned',
  ],
  [
    'an acceptance that says what information held by others is for is no work done',
    [
      'This recommendation is accepted.',
      'We recognise that the information held by the police and by the port authority matters only if it is pooled, and we agree with the inspectorate on that.',
    ],
    'Acknowledged',
  ],
  [
    "a tracker's 'complete' beside a final version still to go for approval is work in progress",
    [
      'Collection plan drafted and in use by the intelligence bureau.',
      'Final version to go to the January tasking meeting for formal approval.',
      'Blue - complete',
    ],
    'In progress',
  ],
  [
    'a proposal to run the exercise, with its cohort still to be settled and an on-track rating, is a plan',
    [
      'Proposal to run the exercise at the shared training centre from March 2026.',
      'Cohort of custody inspectors still to be confirmed.',
      'GREEN - on track',
    ],
    'Planned',
  ],
  [
    "the commissioner saying what the letter concentrates on below is no work of the force's",
    [
      'I have concentrated below on the matters where the force has most to report.',
      'The Chief Constable accepts the recommendation.',
    ],
    'Acknowledged',
  ],
  [
    'a first stage finished is work in progress, with later stages to come',
    [
      'The first stage, a review of the records the force already keeps, has been finished, and the draft plan now sits with the regional unit for comment before it goes to the tasking meeting.',
    ],
    'In progress',
  ],
  [
    'what an intention says in passing of a check that already runs is no work begun',
    [
      'The force will add the step to its control room procedures, and plans to test compliance through the quarterly audit that the bureau already runs.',
    ],
    'Planned',
  ],
  [
    "a title opening 'Plans to ...' run into an approval is not an intention",
    [
      'Plans to collect and share information The collection plan was approved by the executive board on 2 June.',
      'One element is still outstanding: an agreement with the council, which should be signed in August.',
    ],
    'In progress',
  ],
  [
    "a supplier at work on the force's change is work the force waits on",
    [
      'The intelligence step will become compulsory once the new records template is released; the software supplier is testing it for a release in the new year.',
    ],
    'Planned',
  ],
  [
    "the chief constable's word that the report's expectation is fully satisfied is the work done",
    [
      'A joint collection plan has been running since February.',
      'The Chief Constable tells me the expectation set in the report is fully satisfied.',
    ],
    'Complete',
  ],
  [
    'a plan in full operation with nothing on the recommendation left outstanding is the work done',
    [
      'The force approved its collection plan in May.',
      'I am told that the plan is fully in operation and that nothing on this recommendation remains outstanding.',
    ],
    'Complete',
  ],
  [
    "a tracker's note recommending closure after the plan's approval is the work done",
    ['GREEN', 'Collection plan approved by the tasking board on 03/06/2025.', 'Recommended for closure.'],
    'Complete',
  ],
  [
    'updates to be published later do not make finished work a plan',
    [
      'Every officer and member of staff in scope had completed all four modules by the end of June.',
      'Further updates on all the recommendations will be published on my website after the autumn board.',
    ],
    'Complete',
  ],
  [
    'an audit the commissioner was waiting for, now reported, is no longer waited on',
    [
      'Since January every referral has been logged on one form, and the incident cannot be closed until that form is attached.',
      'The audit I was waiting for checked every referral made in the spring and found the form with each one.',
      'I am satisfied that the expectation has been met in full.',
    ],
    'Complete',
  ],
  [
    "the commissioner agreeing to the force's proposal to close it, with nothing outstanding, is the work done",
    [
      'BLUE',
      'Collection plan approved at the tasking meeting on 4 June 2025.',
      'Proposed for closure.',
      "I have agreed to the force's proposal to close this recommendation.",
      'Nothing remains outstanding.',
    ],
    'Complete',
  ],
  [
    'a recommendation the force considers met, proposing no further action, is the work done',
    [
      'An audit of every referral since March found an intelligence report linked to each.',
      'The force considers this recommendation to have been met and does not propose any further action beyond its usual audits.',
    ],
    'Complete',
  ],
  [
    'a chief constable who has closed the recommendation by its number, after an audit, has done the work',
    [
      'Since April officers have attached the intelligence report to every referral they make.',
      'The summer audit found every referral complete, and the Chief Constable has closed recommendation 2.',
    ],
    'Complete',
  ],
  [
    'all of a cohort trained, with nobody outstanding, is the work done',
    [
      'All 40 custody inspectors completed the exercise between March and June 2025.',
      'Cohort agreed with the national unit; nobody outstanding.',
    ],
    'Complete',
  ],
  [
    'two in three referrals compliant is work part done, not the whole',
    [
      'Since June the intelligence document has been a required field on the referral form.',
      'Early checks show roughly two in three referrals fully compliant.',
    ],
    'In progress',
  ],
  [
    "a tracker's 'Blue' beside one action still outstanding is work in progress",
    [
      'Blue',
      'Collection plan written and signed off at the tasking board (May 2025).',
      'One action outstanding: the sharing agreement with the port authority still has to be finalised.',
    ],
    'In progress',
  ],
  [
    'part of what the recommendation asks being in place, with the rest still missing, is work in progress',
    [
      'Part of what the recommendation asks for is already in place.',
      'What is still missing is a formal agreement with the port operator.',
    ],
    'In progress',
  ],
  [
    "a 'Blue' rating while an audit must report before closure is confirmed is work in progress",
    [
      'Briefing sent to all response officers in May; guidance published on the intranet.',
      'The intelligence bureau will audit the summer referrals in October before closure is confirmed.',
      'BLUE',
    ],
    'In progress',
  ],
  [
    'no activity described beyond naming an owner is no work begun',
    ['Accepted.', 'Owner assigned.', 'Beyond naming an owner, the force has described no activity.'],
    'Acknowledged',
  ],
  [
    "an acceptance of the recommendation 'on plans to gather and share information' is no plan of the force's",
    [
      'The Chief Constable accepts this recommendation on plans to gather, assess and share information, and I support it.',
    ],
    'Acknowledged',
  ],
  [
    'no actions outstanding after all requirements met is the work done',
    [
      'Collection plan in force since March 2025.',
      'All requirements of the recommendation met; no actions outstanding.',
    ],
    'Complete',
  ],
  [
    'a process that went live, named with a clause on how it works, is work done, with custody still to come',
    [
      'A new referral process, under which officers must attach the document before the call is logged as closed, was completed and went live on 2 June 2025.',
      'Custody suites sit outside it for the moment; bringing them in is scheduled for September.',
    ],
    'In progress',
  ],
  [
    "a chief constable's decision that officers will not undertake the package is a refusal",
    [
      'The Chief Constable has decided that officers will not undertake the exercise.',
      'The nearest suite is several hours away.',
    ],
    'Not accepted',
  ],
  [
    "the commissioner disputing the force's green, with nothing in place yet, leaves only a plan",
    [
      'GREEN',
      'On track.',
      'The collection plan is to be drafted by the new analyst and taken to the tasking board before December.',
      'We do not agree with GREEN: nothing is in place yet.',
    ],
    'Planned',
  ],
  [
    'discussing with a neighbour whether its suite could be used is a question still open',
    [
      'The force is discussing with its neighbour whether our inspectors could use their exercise suite.',
      'If that is agreed, the aim is for every inspector to complete the package next year.',
    ],
    'Planned',
  ],
  [
    'a commitment with a deadline given to an owner, and drafting not started, is a plan',
    [
      'The Chief Constable has committed the force to a collection plan and has given the Head of Intelligence a deadline of November.',
      'Drafting has not started.',
    ],
    'Planned',
  ],
  [
    "sharing the inspectorate's concern that intelligence has gone missing is no work of the force's",
    [
      'The force supports this recommendation.',
      "I share the inspectorate's concern that intelligence has gone missing, and I agree that every referral should have a document.",
    ],
    'Acknowledged',
  ],
  [
    "a copy of the response being placed on the website is no work of the force's",
    [
      'The force supports this recommendation and recognises the value of the modules.',
      "The force's progress will come before my scrutiny board, and a copy of this response is being placed on my website today.",
    ],
    'Acknowledged',
  ],
  [
    'a package approved for the platform but not yet released is a plan',
    [
      'The package has been approved for the learning platform but has not been released to staff.',
      'No completions are expected before October.',
    ],
    'Planned',
  ],
  [
    "'This one is met', with the plan in use and doing everything the recommendation asks, is the work done",
    [
      'This one is met.',
      'The plan is in use and drives the monthly tasking meeting.',
      'I have read it and I am satisfied that it does everything the recommendation asks.',
    ],
    'Complete',
  ],
  [
    'a plan agreed last year that regional tasking keeps under review, with the expectation considered met, is the work done',
    [
      'The force already has an intelligence collection plan.',
      'It was agreed last autumn with the regional unit, and regional tasking keeps it under review.',
      "The Chief Constable considers the inspectorate's expectation met, and I agree with him.",
    ],
    'Complete',
  ],
  [
    "all trained, with progress to be examined at the commissioner's conference, is the work done",
    [
      'By the end of June all of those in relevant roles had completed all four modules.',
      'Progress will be examined at my Public Accountability Conference.',
    ],
    'Complete',
  ],
  [
    'this part of the report dealt with, needing nothing further from the force, is the work done',
    [
      'That control has operated since February.',
      'The latest audit found no referral without a submission, and we agree that this part of the report has been dealt with and needs nothing further from the force.',
    ],
    'Complete',
  ],
  [
    'a programme closed with everyone on the list having attended is the work done',
    [
      'Between January and June every custody inspector worked through the scenario.',
      'The programme closed at the end of June with everyone on the list having attended.',
    ],
    'Complete',
  ],
  [
    "a force order 'to that effect' still to be published, beside updated guidance, is a plan",
    [
      'From the autumn no referral will be treated as complete without the document.',
      'A force order to that effect will be published alongside updated guidance on the intranet, and the bureau will then sample referrals each month.',
    ],
    'Planned',
  ],
  [
    'how the force meets the recommendation turning on a national template still to come is a plan',
    [
      'How the force meets this recommendation turns on the national template the Home Office intends to issue.',
      'When the template arrives, the force will write it into its guidance.',
    ],
    'Planned',
  ],
  [
    'talks said to have been encouraging, beside only an intention, are a plan',
    [
      'The force is looking to add the exercise to its programme for new inspectors.',
      'Conversations with the national unit about delivery have been encouraging.',
    ],
    'Planned',
  ],
  [
    'a copy of the response being placed on the website is no work under way',
    [
      'The four modules are to be made mandatory for response officers from September.',
      'A copy is being placed on my website alongside the report.',
    ],
    'Planned',
  ],
  [
    'a national body introducing a new form the force will move to is work the force waits on',
    [
      'Immigration Enforcement is introducing an electronic referral form for police contacts.',
      "The force's intention is to move to that form as soon as it is offered.",
    ],
    'Planned',
  ],
  [
    'a new records system the force is adopting is the platform the work waits for',
    [
      'The force is looking to build the intelligence form into the new records system it is adopting, subject to the supplier adding it.',
    ],
    'Planned',
  ],
  [
    "a tracker's 'Blue' with a second cohort still to attend early next year is work in progress",
    [
      'Blue',
      'All 40 detective inspectors completed the exercise (May-June 2025).',
      'Second cohort - custody sergeants - to attend Jan-Mar 2026.',
    ],
    'In progress',
  ],
  [
    'everyone expected to have finished by a later date, with figures to come to the commissioner, is work in progress',
    [
      'By the end of June, 600 officers had completed all four modules.',
      'The force expects everyone in scope to have finished by March 2026, and I will see the completion figures each quarter at my governance board.',
    ],
    'In progress',
  ],
  [
    "neighbours that already run the exercise, praised by the inspectorate, are no work of the force's",
    [
      'On training, the inspectorate speaks well of the immersive exercises, and I share that view; some of our neighbours already run them.',
    ],
    'Acknowledged',
  ],
  [
    "a tracker's steps in note form, each still to come: a needs analysis to be carried out, a bid to go once numbers are known, delivery anticipated in a quarter",
    [
      'GREEN',
      'Training needs analysis to be carried out in Q3 to define the staff in scope.',
      'Bid for places to go to the regional unit once numbers are known.',
      'Delivery anticipated Q4 2025/26.',
    ],
    'Planned',
  ],
  [
    'a needs analysis that still needs to be done is work remaining, not a plan',
    ['The force has begun the work. A training needs analysis still needs to be done.'],
    'In progress',
  ],
  [
    'a plan not yet completed of which a draft exists is work under way',
    [
      'The joint collection plan has not yet been completed.',
      'A draft exists and was discussed at the intelligence meeting in June, and it goes to the regional unit for comment this month.',
    ],
    'In progress',
  ],
  [
    'a share of staff who have finished, with managers chasing the rest through a performance meeting, is work under way',
    [
      'Completion of the modules became mandatory for frontline officers on 1 May 2025.',
      'By 20 June, 57 per cent of those required to do so had finished all four, and line managers are chasing the remainder through the monthly performance meeting.',
    ],
    'In progress',
  ],
  [
    "a tracker note that the exercise is to run from a later month, under the force's own green, is a plan",
    [
      'Hydra exercise to run for custody and response sergeants from October 2025.',
      'Facilitators requested.',
      'Green',
      'No sessions have taken place yet.',
    ],
    'Planned',
  ],
  [
    'a system that will not let an incident of this type be closed without the report is a control in place, not work left',
    [
      'Since February the control room script has required the call handler to record an intelligence log reference, and an incident of this type cannot be closed on the system without one.',
      'The force audited all 57 referrals made between March and May and found a submission in every one.',
      'The Chief Constable regards this recommendation as met; I have seen the audit and agree.',
    ],
    'Complete',
  ],
  [
    'an action that cannot yet be closed is work left',
    ['The analysts have drafted the plan.', 'This action cannot yet be closed.'],
    'In progress',
  ],
  [
    'a practice being spread to more officers, and a briefing that went to some teams, is work under way',
    [
      'The ports unit has for some years submitted a report with every referral.',
      'That discipline is now being spread to response officers.',
      'A briefing product went to teams in the east of the county in June; the remaining teams receive it in August.',
    ],
    'In progress',
  ],
  [
    'training complete apart from a few newly promoted officers who are booked is work nearly done',
    [
      'Hydra training for duty inspectors is complete apart from six newly promoted inspectors, who are booked onto the October course.',
      'Once they have attended, every officer in the target group will have been trained.',
    ],
    'In progress',
  ],
  [
    'a plan substantially finished with one element still under negotiation is work under way',
    [
      'The intelligence collection plan is substantially finished.',
      'One element remains: agreement with a neighbouring force on sharing, which is still under negotiation.',
    ],
    'In progress',
  ],
  [
    'a proposal for a plan, subject to a budget the commissioner says in passing she will consider, is a plan',
    [
      'The constabulary does not at present have a plan dedicated to organised immigration crime.',
      'It is proposed that a specific collection plan be produced, supported by an analyst post, subject to that post being approved in the 2026/27 budget, which I will consider in the new year.',
    ],
    'Planned',
  ],
  [
    'a theme the mayor will want to return to is oversight, not work to come',
    [
      "The Chief Constable has confirmed the force's agreement with this recommendation.",
      'I welcome the emphasis the inspectorate places on sharing information, and it is a theme I know the Mayor will want to return to.',
    ],
    'Acknowledged',
  ],
  [
    'an approach approved, with the plan still to be drafted and nothing started, is a plan',
    [
      'Force Tasking has approved the approach.',
      'An intelligence collection plan is to be drafted by the bureau and put to the tasking group in October.',
      'Green',
      'No drafting has started.',
    ],
    'Planned',
  ],
  [
    "a tracker's amber beside a commissioner saying that beyond naming an owner the force has described no activity is acceptance only",
    ['Accepted.', 'Owner assigned.', 'Amber', 'Beyond naming an owner, the force has described no activity.'],
    'Acknowledged',
  ],
  [
    'a recommendation noted, beside a word on how the other recommendations will shape forces, is acknowledged',
    [
      'Recommendation 2 is noted by the Chief Constable, and I have not set out further detail on it in this letter.',
      'Because several of the other recommendations will shape how forces like ours work, I have also commented briefly on those.',
    ],
    'Acknowledged',
  ],
  [
    "a tracker's clipped note of communications planned for a month is a plan",
    ['E-learning: comms planned for Nov; owner L&D.'],
    'Planned',
  ],
  [
    'a list asked of Immigration Enforcement, with a process that would then be built on it, waits on another body',
    [
      'The force has asked Immigration Enforcement for a monthly list of referrals received from its officers.',
      'A compliance process would then be built around that data.',
    ],
    'Planned',
  ],
  [
    "a share risen under weekly checks, with the commissioner's expectation told to the chief constable, is work under way",
    [
      'I am pleased that the force now checks referrals against submissions every week.',
      'Compliance has risen from around 40% in April to 78% in June; I have told the Chief Constable that I expect it to reach 100%, and I will keep this under close scrutiny.',
    ],
    'In progress',
  ],
  [
    "a tracker's NOT STARTED beside a recommendation accepted without any detail given is acceptance only",
    [
      'Accepted.',
      'Update to follow at the next Board.',
      'NOT STARTED',
      'The force has accepted this recommendation but has not yet given me any detail.',
      'I have asked for a plan, with dates, for the next Board.',
    ],
    'Acknowledged',
  ],
  [
    'a refusal the commissioner reports after discussing it with the chief constable',
    [
      'I have discussed this with the Chief Constable and accept her view that the recommendation cannot be delivered with current resources; the force is therefore not taking it forward this year.',
    ],
    'Not accepted',
  ],
  [
    "the commissioner's satisfaction, mentioning in passing another recommendation the force chose not to adopt, refuses nothing here",
    [
      'The force intends to make the modules mandatory once its training needs analysis has been approved in the autumn.',
      'I am satisfied that the Chief Constable has given each recommendation proper thought, including the one he has chosen not to adopt, and I will follow up all four through my performance meetings.',
    ],
    'Planned',
  ],
  [
    "a chief constable who has told the commissioner he will not implement it, with no 'that'",
    [
      'I have discussed this recommendation with the Chief Constable, who has told me he will not implement it in its current form.',
    ],
    'Not accepted',
  ],
  [
    'dates agreed with the national unit for the new year, with no session held yet, is a plan',
    [
      'No Hydra sessions have been held yet.',
      'The training team has agreed dates with the MSOICU for the new year, and attendance is to be compulsory for all inspectors.',
    ],
    'Planned',
  ],
  [
    "a tracker's blue beside a draft that goes to the chief officers for approval in November is not done",
    [
      'Status: Blue (complete).',
      'The draft intelligence plan has been circulated for consultation and goes to the Chief Officer Group for approval in November.',
    ],
    'In progress',
  ],
  [
    'a cohort agreed with the national unit that has been trained in full, with no further action needed, is done',
    [
      'Between October 2024 and March 2025 every duty inspector and custody inspector, 96 people in all, went through the Hydra exercise.',
      'The cohort of relevant personnel agreed with MSOICU has therefore been trained in full and no further action is needed against this recommendation.',
    ],
    'Complete',
  ],
  [
    'two plans finished while the other three are being drafted, across a semicolon, is work under way',
    ['The Leeds and Bradford plans are finished; the other three are being drafted.'],
    'In progress',
  ],
  [
    'a plan adopted which sets out what is to be gathered, and judged closed, is done',
    [
      'This recommendation has been achieved.',
      'In March 2025 the force adopted an intelligence collection plan for organised immigration crime which sets out what information is to be gathered at the port, how the bureau analyses it, and how it is shared.',
      'The plan is in operation, and the Chief Constable considers this recommendation closed.',
    ],
    'Complete',
  ],
  [
    'nobody left to be trained, with the recommendation judged fully met, is done',
    [
      'Every member of staff identified in the training needs analysis went through the Hydra package in March 2025.',
      'Nobody is left to be trained, and the Chief Constable is satisfied that the recommendation has been fully met.',
    ],
    'Complete',
  ],
  [
    'modules that are to go live on the learning platform in October is a plan',
    [
      'In June the Chief Officer Team approved a proposal that the modules become mandatory for response officers.',
      'The modules are to go live on the force learning platform in October 2025.',
    ],
    'Planned',
  ],
  [
    'the commissioner content for the response to be published plans nothing for the force',
    [
      'The force welcomes the four modules and accepts this recommendation in full.',
      'I will seek an update on it at a future meeting of my board.',
      'I am content for this response to be published on my website.',
    ],
    'Acknowledged',
  ],
  [
    'a plan written, approved and operating, with one strand still open, is work under way',
    [
      "The force's intelligence collection plan is written, approved and operating.",
      'One strand remains open.',
    ],
    'In progress',
  ],
  [
    'officers who attended, with an aside between them and the verb, beside a second group booked',
    [
      'Twelve officers, mostly from roads policing and from the neighbourhood teams, attended Hydra in May at a neighbouring training centre.',
      'A second group of twelve is booked for November.',
    ],
    'In progress',
  ],
  [
    "a tracker's clipped note that a collection plan is being finalised is work under way",
    [
      'Joint intelligence requirement agreed with Kent.',
      'Essex collection and sharing plan being finalised.',
    ],
    'In progress',
  ],
  [
    'Immigration Enforcement having told the force by name that its form is being revised, with the briefing held back, waits on it',
    [
      'Immigration Enforcement has told South Yorkshire Police that the intelligence document officers are asked to complete is being revised.',
      'The force is holding back its briefing to officers until the new version is issued.',
      'Once it arrives, the briefing and a first compliance check should follow within a month.',
    ],
    'Planned',
  ],
  [
    'compliance that will form part of routine performance reporting, with no further change required, leaves nothing to do',
    [
      'Warwickshire has met this recommendation.',
      'The bureau checked every referral made in April, May and June and found the document present in all of them.',
      'Compliance will form part of routine performance reporting, but no further change is required.',
    ],
    'Complete',
  ],
  [
    "a tracker's notes 'Nothing outstanding' and 'Recommend closure' beside a protocol agreed and live",
    [
      'Plan and profile signed off at the tasking group on 12/06/2025.',
      'Sharing protocol with the regional unit agreed and live since 20/06.',
      'Nothing outstanding.',
      'Recommend closure.',
    ],
    'Complete',
  ],
  [
    'places asked of the national unit by its full name, with training that can only be scheduled once it answers, waits on it',
    [
      'The force has no Hydra suite of its own.',
      'The force has asked the Modern Slavery & Organised Immigration Crime Unit for places on regional Hydra events for its inspectors.',
      'Training for that group can only be scheduled once the unit tells us how many places it can give.',
    ],
    'Planned',
  ],
  [
    'modules that are to join the mandatory learning matrix from September are a plan',
    [
      "The College of Policing's four modules are to join the mandatory learning matrix for response roles from September.",
      'I mean to examine the figures at my scrutiny board early in the new year.',
    ],
    'Planned',
  ],
  [
    "a tracker's Blue beside six inspectors outstanding, with places held on a later course, is not done",
    [
      'Blue',
      'All patrol inspectors have attended.',
      '6 Control Room inspectors outstanding; places held on the 18/09/2025 course.',
    ],
    'In progress',
  ],
  [
    'a delivery plan agreed, under which sessions will run from January, is a plan',
    [
      'A Hydra delivery plan has been agreed by the Chief Officer Group.',
      'Under it, sessions will run at the force training centre from January 2026 for all duty inspectors.',
    ],
    'Planned',
  ],
  [
    'a share of staff finished given in words, with the rest to complete on their return, is work nearly done',
    [
      'Take-up has been strong: ninety-four per cent of those for whom the modules are required have finished all of them.',
      'The remaining six per cent are mostly people on long-term leave, who will be asked to complete the modules when they return.',
    ],
    'In progress',
  ],
  [
    'a national template the force has been told is coming, with no local change made and the force holding until it is published',
    [
      'On track',
      'Immigration Enforcement has told forces a revised referral template is coming.',
      'Force guidance will be produced once that template is issued.',
      'No local change made yet; holding until IE publishes.',
    ],
    'Planned',
  ],
  [
    'a department tasked with adding the modules from a later month',
    [
      'In May the training department was tasked with adding the modules to the mandatory list from November.',
    ],
    'Planned',
  ],
];

describe('deciding a status from what the sentences say', () => {
  test.each(CASES)('%s', (_name, sentences, expected) => {
    expect(decide(sentences).status).toBe(expected);
  });

  test('quotes the sentences that decided it, at most three', () => {
    const reading = decide([
      'The force is training staff.',
      'It has written guidance.',
      'It has appointed a lead.',
      'It has briefed supervisors.',
      'Weather was fine.',
    ]);
    expect(reading.status).toBe('In progress');
    expect(reading.evidence.length).toBeLessThanOrEqual(3);
    expect(reading.evidence).not.toContain('Weather was fine.');
  });
});

describe('reading the signals of a sentence', () => {
  test('hands out a reading no caller can change for the next one', () => {
    forgetReadings();
    const sentence = 'The force has begun training its inspectors.';
    const first = signalsOf(sentence);
    first.clear();
    expect(signalsOf(sentence).has('progress')).toBe(true);
  });

  test.each([
    ['The Chief Constable accepts this recommendation and agrees that clear plans are essential.', true],
    ['The force does not accept this recommendation.', true],
    ['By 31 December 2025, chief constables should make sure they have clear plans.', false],
  ])('tells whether "%s" takes a stance', (sentence, stance) => {
    expect(takesStance(sentence)).toBe(stance);
  });
});
